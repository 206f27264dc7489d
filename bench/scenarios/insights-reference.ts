import {
  addBusinessDays,
  addCalendarDays,
  isBusinessDay,
  localDateOf,
  weekdayOf,
} from '../../src/shared/domain';
import type { InsightsFilters, InsightsInput } from '../../src/shared/insights';

/**
 * The straightforward way to compute the dashboard: one loop over the inquiries with plain
 * objects as tables, dates worked out afresh for every record, turnaround counted by walking the
 * calendar day by day, percentiles by sorting. It is the baseline of the insights benchmark and
 * a cross-check of its figures (see insights.ts).
 */
export type ReferenceFigures = {
  inquiries: number;
  volume: Record<string, number>;
  topics: Record<string, string[]>;
  requesterTypes: Record<string, number>;
  countries: Record<string, number>;
  median: number | null;
  percentile90: number | null;
  withinSla: number;
  open: number;
  overdue: number;
  gapQuestions: number;
  offLabel: number;
  rising: number;
  safetyInTime: number;
  uses: number;
};

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const lower = sorted[Math.floor(position)] ?? 0;
  const upper = sorted[Math.ceil(position)] ?? lower;
  return lower + (upper - lower) * (position - Math.floor(position));
}

function businessDaysBetween(start: string, end: string, holidays: ReadonlySet<string>): number {
  let days = 0;
  for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) {
    if (isBusinessDay(date, holidays)) days += 1;
  }
  return days;
}

function monday(date: string): string {
  const weekday = weekdayOf(date);
  return addCalendarDays(date, weekday === 0 ? -6 : 1 - weekday);
}

function add(table: Record<string, number>, key: string): void {
  table[key] = (table[key] ?? 0) + 1;
}

/** The figures of the dashboard, computed the plain way, for a bounded period. */
export function referenceDashboard(
  input: InsightsInput,
  filters: InsightsFilters & { from: string; to: string },
  today: string,
): ReferenceFigures {
  const holidays = new Set(input.holidays);
  const length = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  const previousFrom = addCalendarDays(filters.from, -length);
  const answers = new Map(
    input.responses.map((response) => [response.questionId, response.answeredWith]),
  );
  const figures: ReferenceFigures = {
    inquiries: 0,
    volume: {},
    topics: {},
    requesterTypes: {},
    countries: {},
    median: null,
    percentile90: null,
    withinSla: 0,
    open: 0,
    overdue: 0,
    gapQuestions: 0,
    offLabel: 0,
    rising: 0,
    safetyInTime: 0,
    uses: 0,
  };
  const turnarounds: number[] = [];
  const previousTopics: Record<string, number> = {};
  const matching = new Set<string>();
  for (const inquiry of input.inquiries) {
    if (filters.productId !== null && !inquiry.productIds.includes(filters.productId)) continue;
    if (filters.country !== null && inquiry.requester.country !== filters.country) continue;
    if (filters.channel !== null && inquiry.channel !== filters.channel) continue;
    matching.add(inquiry.id);
    if (inquiry.deleted || inquiry.status === 'draft' || inquiry.status === 'duplicate') continue;
    const date = localDateOf(inquiry.receivedAt);
    const products =
      filters.productId !== null
        ? [filters.productId]
        : inquiry.productIds.length > 0
          ? inquiry.productIds
          : [''];
    const topics = [
      ...new Set(
        products.flatMap((product) =>
          inquiry.questions.map((question) => `${product}|${question.category}`),
        ),
      ),
    ];
    if (date >= previousFrom && date < filters.from) {
      for (const topic of topics) add(previousTopics, topic);
      continue;
    }
    if (date < filters.from || date > filters.to) continue;
    figures.inquiries += 1;
    add(figures.volume, monday(date));
    for (const topic of topics) (figures.topics[topic] ??= []).push(inquiry.id);
    add(figures.requesterTypes, inquiry.requester.type);
    add(figures.countries, inquiry.requester.country);
    if (
      inquiry.isOffLabel ||
      inquiry.questions.some((question) => question.category === 'off-label')
    )
      figures.offLabel += 1;
    if (inquiry.status !== 'cancelled') {
      for (const question of inquiry.questions) {
        const answer = answers.get(question.id);
        if (
          answer === 'custom' ||
          (answer === undefined && question.linkedDocumentIds.length === 0)
        )
          figures.gapQuestions += products.length;
      }
    }
    if (
      inquiry.status === 'open' ||
      inquiry.status === 'in-progress' ||
      inquiry.status === 'awaiting-information'
    ) {
      figures.open += 1;
      if (inquiry.dueDate < today) figures.overdue += 1;
    } else if (inquiry.status !== 'cancelled' && inquiry.answeredAt !== null) {
      const answered = localDateOf(inquiry.answeredAt);
      turnarounds.push(Math.max(0, businessDaysBetween(date, answered, holidays)));
      if (answered <= inquiry.dueDate) figures.withinSla += 1;
    }
  }
  turnarounds.sort((a, b) => a - b);
  figures.median = percentile(turnarounds, 0.5);
  figures.percentile90 = percentile(turnarounds, 0.9);
  figures.rising = Object.entries(figures.topics).filter(([topic, ids]) => {
    const before = previousTopics[topic] ?? 0;
    return (
      ids.length >= 3 &&
      ids.length - before >= 2 &&
      (before === 0 || (ids.length - before) / before >= 0.5)
    );
  }).length;
  const isFiltered =
    filters.productId !== null || filters.country !== null || filters.channel !== null;
  const passes = (inquiryId: string | null): boolean =>
    !isFiltered || (inquiryId !== null && matching.has(inquiryId));
  for (const report of input.safetyReports) {
    const day0 = localDateOf(report.awarenessAt);
    if (report.deleted || day0 < filters.from || day0 > filters.to || !passes(report.inquiryId))
      continue;
    if (
      report.forwardedAt !== null &&
      localDateOf(report.forwardedAt) <= addBusinessDays(day0, 1, holidays)
    )
      figures.safetyInTime += 1;
  }
  for (const use of input.documentUses) {
    const date = localDateOf(use.at);
    if (date >= filters.from && date <= filters.to && passes(use.inquiryId)) figures.uses += 1;
  }
  return figures;
}
