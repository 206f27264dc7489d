import type { InsightsFilters } from './filters';

/**
 * The URL contract between insights and the inquiry list (docs/decisions/0081): a figure opens
 * `/inquiries?ids=<id>,<id>,…` with the inquiries behind it. At most `maxLinkedIds` ids travel
 * in a link; a figure with more adds `total=<n>` so the list can say it shows a part. The
 * dashboard's filters ride along as context (`from`, `to`, `product`, `country`, `event`,
 * `requesterType`, `channel`), named as the list's own filters will be.
 */
export const maxLinkedIds = 500;

export type InquiryLink = { pathname: '/inquiries'; search: string };

/** The link to the inquiries behind a figure's row. */
export function inquiriesLink(
  inquiryIds: readonly string[],
  total: number,
  filters: InsightsFilters,
): InquiryLink {
  const ids = inquiryIds.slice(0, maxLinkedIds);
  const parameters: [string, string][] = [['ids', ids.join(',')]];
  if (total > ids.length) parameters.push(['total', String(total)]);
  const context: [string, string | null][] = [
    ['from', filters.from],
    ['to', filters.to],
    ['product', filters.productId],
    ['country', filters.country],
    ['event', filters.eventId],
    ['requesterType', filters.requesterType],
    ['channel', filters.channel],
  ];
  for (const [name, value] of context) if (value !== null) parameters.push([name, value]);
  // Ids, dates and codes need no escaping but commas; encodeURIComponent keeps it exact anyway
  // (src/shared has no URLSearchParams: it compiles without the DOM).
  const search = parameters
    .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
  return { pathname: '/inquiries', search: `?${search}` };
}
