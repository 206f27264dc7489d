import { addCalendarDays } from '../domain/time';
import { BreakdownAccumulator, type Breakdowns } from './breakdowns';
import { BusinessDayCounter, calendarDaysBetween, granularityFor } from './calendar';
import { computeContent, type ContentFigures } from './content';
import { hasDimensionFilter, isCountedInquiry, matchesDimensions } from './filters';
import type { Granularity, InsightsFilters } from './filters';
import { GapAccumulator, answersByQuestion, type ContentGap } from './gaps';
import type { DocumentUse, InsightsInput, SafetyReportFacts } from './input';
import { viewOf } from './inquiry-view';
import { OffLabelAccumulator, type OffLabelTheme } from './off-label';
import { RecurringAccumulator, type RecurringQuestion } from './recurring';
import { RisingTopicAccumulator, type RisingTopic } from './rising-topics';
import { computeSafety, type SafetyFigures } from './safety';
import { ServiceLevelAccumulator, type ServiceLevel } from './service-level';
import { trimInquiryIds } from './trim';
import { VolumeAccumulator, type VolumeBucket } from './volume';
import { namesFor, type DashboardNames } from './names';

export type Period = { from: string; to: string };

/** Everything the insights area shows for one set of filters: plain JSON, no Map or Set. */
export type Dashboard = {
  today: string;
  filters: InsightsFilters;
  period: Period;
  /** The period of the same length just before, that rising topics compare with. */
  previousPeriod: Period | null;
  granularity: Granularity;
  totals: { inquiries: number; questions: number; inquiryIds: string[] };
  volume: VolumeBucket[];
  breakdowns: Breakdowns;
  serviceLevel: ServiceLevel;
  safety: SafetyFigures;
  content: ContentFigures;
  gaps: ContentGap[];
  needs: {
    risingTopics: RisingTopic[];
    offLabelThemes: OffLabelTheme[];
    recurring: RecurringQuestion[];
  };
  names: DashboardNames;
};

export type DashboardOptions = {
  /**
   * Keep at most this many inquiry ids per figure (counts stay exact). The worker and the server
   * trim to what a link can carry; the pure default keeps them all.
   */
  idLimit?: number;
};

/**
 * The whole dashboard in ONE pass over the inquiries: each inquiry is looked at once, its view
 * (receipt date, products, topics) worked out once, and handed to every figure's accumulator.
 * Safety reports and document uses get their own short passes, filtered through the set of
 * inquiries that passed. `today` is the affiliate's calendar date (overdue, expiry).
 */
export function computeDashboard(
  input: InsightsInput,
  filters: InsightsFilters,
  today: string,
  options: DashboardOptions = {},
): Dashboard {
  const businessDays = new BusinessDayCounter(input.holidays);
  const previousPeriod =
    filters.from === null
      ? null
      : {
          from: addCalendarDays(
            filters.from,
            -(calendarDaysBetween(filters.from, filters.to ?? today) + 1),
          ),
          to: addCalendarDays(filters.from, -1),
        };
  const filterByInquiry = hasDimensionFilter(filters);
  const matchingIds = new Set<string>();
  const volume = new VolumeAccumulator();
  const breakdowns = new BreakdownAccumulator();
  const serviceLevel = new ServiceLevelAccumulator(businessDays, today);
  const gaps = new GapAccumulator(answersByQuestion(input.responses));
  const rising = new RisingTopicAccumulator();
  const offLabel = new OffLabelAccumulator();
  const recurring = new RecurringAccumulator();
  const totalIds: string[] = [];
  let questions = 0;

  for (const inquiry of input.inquiries) {
    if (!matchesDimensions(inquiry, filters)) continue;
    // A safety report or a document use counts with its inquiry's dimensions, whatever the
    // inquiry's status: a report from a contact later marked duplicate is still a report.
    if (filterByInquiry) matchingIds.add(inquiry.id);
    if (!isCountedInquiry(inquiry)) continue;
    const view = viewOf(inquiry, filters);
    if (
      previousPeriod &&
      view.receivedDate >= previousPeriod.from &&
      view.receivedDate <= previousPeriod.to
    ) {
      rising.addPrevious(view);
      continue;
    }
    if (
      (filters.from !== null && view.receivedDate < filters.from) ||
      (filters.to !== null && view.receivedDate > filters.to)
    ) {
      continue;
    }
    totalIds.push(inquiry.id);
    questions += inquiry.questions.length;
    volume.add(view);
    breakdowns.add(view);
    serviceLevel.add(view);
    gaps.add(view);
    if (previousPeriod) rising.addCurrent(view);
    offLabel.add(view);
    recurring.add(view);
  }

  const period = { from: filters.from ?? volume.earliestDay() ?? today, to: filters.to ?? today };
  const inPeriod = (date: string): boolean => date >= period.from && date <= period.to;
  const passesInquiry = (inquiryId: string | null): boolean =>
    !filterByInquiry || (inquiryId !== null && matchingIds.has(inquiryId));
  const granularity =
    filters.granularity ?? granularityFor(calendarDaysBetween(period.from, period.to) + 1);
  const dashboard: Dashboard = {
    today,
    filters,
    period,
    previousPeriod,
    granularity,
    totals: { inquiries: totalIds.length, questions, inquiryIds: totalIds },
    volume: volume.result(granularity, period),
    breakdowns: breakdowns.result(),
    serviceLevel: serviceLevel.result(),
    safety: computeSafety(
      input.safetyReports,
      (report: SafetyReportFacts, date) => inPeriod(date) && passesInquiry(report.inquiryId),
      businessDays,
      today,
    ),
    content: computeContent(
      input.documents,
      input.documentUses,
      (use: DocumentUse, date) => inPeriod(date) && passesInquiry(use.inquiryId),
      { today, productId: filters.productId },
    ),
    gaps: gaps.result(),
    needs: {
      risingTopics: rising.result(),
      offLabelThemes: offLabel.result(),
      recurring: recurring.result(),
    },
    names: { products: {}, documents: {}, events: {} },
  };
  dashboard.names = namesFor(dashboard, input);
  return options.idLimit === undefined ? dashboard : trimInquiryIds(dashboard, options.idLimit);
}
