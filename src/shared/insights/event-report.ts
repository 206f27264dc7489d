import { computeDashboard, type Dashboard, type DashboardOptions } from './dashboard';
import { noFilters } from './filters';
import type { EventFacts, InsightsInput } from './input';

/** The post-congress debrief of one event: its booth's inquiries, safety reports and status. */
export type EventReport = { event: EventFacts; dashboard: Dashboard };

/**
 * The figures of one congress: every inquiry captured for the event, whenever it was received
 * (follow-ups logged after the congress belong to it too). Throws a RangeError for an unknown or
 * deleted event.
 */
export function computeEventReport(
  input: InsightsInput,
  eventId: string,
  today: string,
  options: DashboardOptions = {},
): EventReport {
  const event = input.events.find((candidate) => candidate.id === eventId && !candidate.deleted);
  if (event === undefined) throw new RangeError(`No event with the id ${eventId}`);
  const dashboard = computeDashboard(
    input,
    { ...noFilters, eventId, granularity: 'day' },
    today,
    options,
  );
  return { event, dashboard };
}
