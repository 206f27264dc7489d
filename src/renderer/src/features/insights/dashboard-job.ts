import { holidaysBetween } from '../../../../shared/domain/business-calendar';
import {
  computeDashboard,
  computeEventReport,
  maxLinkedIds,
  type Dashboard,
  type EventReport,
  type InsightsFilters,
  type InsightsInput,
} from '../../../../shared/insights';
import type { InsightsSource } from '../../data';

/** A question to the insights engine. */
export type InsightsRequest =
  | { kind: 'dashboard'; filters: InsightsFilters; today: string }
  | { kind: 'event-report'; eventId: string; today: string };

/** Its answer. */
export type InsightsAnswer =
  { kind: 'dashboard'; dashboard: Dashboard } | { kind: 'event-report'; report: EventReport };

/** The input of the aggregation: the source plus the affiliate's holidays over its years. */
export function inputOf(source: InsightsSource, today: string): InsightsInput {
  let firstYear = Number(today.slice(0, 4));
  for (const inquiry of source.inquiries) {
    firstYear = Math.min(firstYear, Number(inquiry.receivedAt.slice(0, 4)));
  }
  // One year on either side: a previous period and a due date can cross a year's end.
  const holidays = holidaysBetween(
    source.affiliateCountry,
    firstYear - 1,
    Number(today.slice(0, 4)) + 1,
  );
  return { ...source, holidays: [...holidays] };
}

/**
 * Answers one request. The id lists are capped at what a link carries (`maxLinkedIds`): the
 * counts stay exact, and the answer stays small enough to hand from a worker to the page at
 * 100,000 inquiries. Throws what the aggregation throws (an unknown event).
 */
export function answerInsightsRequest(
  input: InsightsInput,
  request: InsightsRequest,
): InsightsAnswer {
  const options = { idLimit: maxLinkedIds };
  return request.kind === 'dashboard'
    ? {
        kind: 'dashboard',
        dashboard: computeDashboard(input, request.filters, request.today, options),
      }
    : {
        kind: 'event-report',
        report: computeEventReport(input, request.eventId, request.today, options),
      };
}
