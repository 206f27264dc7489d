import { computeDashboard, noFilters, type Dashboard } from '../../src/shared/insights';
import { addCalendarDays } from '../../src/shared/domain';
import { makeInsightsInput } from './insights-data';
import { referenceDashboard, type ReferenceFigures } from './insights-reference';
import type { BenchResult, BenchScenario } from './scenario';

const inquiryCount = 100_000;
const today = '2026-11-20';
const runs = 5;

/** The median of several timed runs of a synchronous step (the first run warms the JIT up). */
function medianTime(step: () => unknown): number {
  step();
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    step();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? Number.NaN;
}

/** Fails the run if the two implementations disagree: a fast wrong dashboard is no result. */
function checkAgreement(ours: Dashboard, reference: ReferenceFigures): void {
  const safetyInTime = ours.safety.forwardedInTime;
  const pairs: [string, unknown, unknown][] = [
    ['inquiries', ours.totals.inquiries, reference.inquiries],
    ['median', ours.serviceLevel.medianBusinessDays, reference.median],
    ['p90', ours.serviceLevel.percentile90BusinessDays, reference.percentile90],
    ['within SLA', ours.serviceLevel.withinSla, reference.withinSla],
    ['open', ours.serviceLevel.open, reference.open],
    ['overdue', ours.serviceLevel.overdue, reference.overdue],
    ['topics', ours.breakdowns.productCategory.length, Object.keys(reference.topics).length],
    [
      'gap questions',
      ours.gaps.reduce((sum, gap) => sum + gap.questions, 0),
      reference.gapQuestions,
    ],
    ['rising topics', ours.needs.risingTopics.length, reference.rising],
    ['safety in time', safetyInTime, reference.safetyInTime],
    [
      'volume weeks',
      ours.volume.filter((bucket) => bucket.count > 0).length,
      Object.keys(reference.volume).length,
    ],
  ];
  const differing = pairs.filter(([, a, b]) => a !== b);
  if (differing.length > 0)
    throw new Error(`Insights disagree with the reference: ${JSON.stringify(differing)}`);
}

/** The full dashboard over 100,000 inquiries: ours (one pass, cached calendar) vs the reference. */
export const insightsDashboard: BenchScenario = {
  name: 'insights-dashboard',
  description: `the full insights dashboard over ${inquiryCount.toLocaleString('en-US')} inquiries (a 6-month period), ours vs a straightforward one-pass reference`,
  run: (): Promise<BenchResult[]> => {
    const input = makeInsightsInput(inquiryCount, today);
    const filters = {
      ...noFilters,
      from: addCalendarDays(today, -181),
      to: today,
      granularity: 'week' as const,
    };
    const productFilters = { ...filters, productId: 'product-1' };
    checkAgreement(
      computeDashboard(input, filters, today),
      referenceDashboard(input, filters, today),
    );
    checkAgreement(
      computeDashboard(input, productFilters, today),
      referenceDashboard(input, productFilters, today),
    );
    const result = (metric: string, ours: number, baseline: number): BenchResult => ({
      scenario: 'insights-dashboard',
      metric,
      ours,
      baseline,
      unit: 'ms',
      isLowerBetter: true,
    });
    return Promise.resolve([
      result(
        'full dashboard, 100k inquiries',
        medianTime(() => computeDashboard(input, filters, today, { idLimit: 500 })),
        medianTime(() => referenceDashboard(input, filters, today)),
      ),
      result(
        'one product filtered',
        medianTime(() => computeDashboard(input, productFilters, today, { idLimit: 500 })),
        medianTime(() => referenceDashboard(input, productFilters, today)),
      ),
    ]);
  },
};
