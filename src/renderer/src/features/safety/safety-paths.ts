import type { Id, SafetyReport } from '../../../../shared/schemas';

/**
 * The route that opens a new safety report, optionally from an inquiry: Day 0 then defaults to
 * the inquiry's receipt time. The inquiries capture links here when an officer confirms a signal.
 */
export function safetyReportPath(
  options: { inquiryId?: Id; kind?: SafetyReport['kind'] } = {},
): string {
  const search = new URLSearchParams();
  if (options.inquiryId) search.set('inquiryId', options.inquiryId);
  if (options.kind && options.kind !== 'adverse-event') search.set('kind', options.kind);
  const query = search.toString();
  return query === '' ? '/safety/new' : `/safety/new?${query}`;
}
