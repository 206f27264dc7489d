import type { Country, Id, IsoDate } from '../schemas/common';
import type { Inquiry, InquiryStatus, QuestionCategory } from '../schemas/inquiry';
import type { RequesterType } from '../schemas/requester';
import { activeStatuses } from './inquiry-workflow';

/*
 * The inquiry list's filters, served by ONE multi-entry index of sortable keys. Each row carries
 * a key per filterable value, alone and with its status (and `active` when it needs work), e.g.
 * `country=DE&closed|2026-03-02T08:30:00.000Z|<id>`: a prefix range of that index lists the rows
 * with that value, newest receipt last, so a filter (with a status) pages by key at a cost that
 * does not grow with the store, and further filters are checked on the rows read. IndexedDB
 * cannot put a multi-valued field (products, question categories) into a compound index;
 * strings with a separator can. Keys hold no personal data (docs/decisions/0023).
 */

/** The fields of a row the keys are made from. */
export type FilterableInquiry = Pick<
  Inquiry,
  'id' | 'status' | 'productIds' | 'eventId' | 'assignedTo' | 'dueDate' | 'requester' | 'deleted'
> & {
  questions: readonly Pick<Inquiry['questions'][number], 'category'>[];
  receivedAtUtc: string;
};

export type InquiryFilter = {
  /** Any of these statuses; all when empty or omitted. */
  statuses?: readonly InquiryStatus[];
  productId?: Id;
  category?: QuestionCategory;
  requesterType?: RequesterType;
  country?: Country;
  eventId?: Id;
  assignedTo?: Id;
  /** Received at or after this instant (UTC ISO). */
  receivedFromUtc?: string;
  /** Received before this instant (UTC ISO). */
  receivedBeforeUtc?: string;
  /** Only inquiries still needing work whose due date is before `today`. */
  isOverdue?: boolean;
};

export type InquirySort = 'received-newest' | 'received-oldest' | 'due-soonest';

type Dimension = 'all' | 'type' | 'country' | 'event' | 'assignee' | 'product' | 'category' | 'due';

const separator = '|';
/** Sorts after every character the keys use (ASCII), so `prefix + highest` ends a range. */
const highest = '\uffff';

/**
 * The status facet of a key: none, one status, or `active` (open, in progress, awaiting
 * information — the "my open" and "overdue" views). A filter on a dimension together with a
 * status, or with the active statuses, is then one index range rather than a scan.
 */
function facetsOf(status: InquiryStatus): string[] {
  return activeStatuses.includes(status) ? ['', status, 'active'] : ['', status];
}

function prefixOf(dimension: Dimension, value: string, facet: string): string {
  return `${dimension}=${value}${facet === '' ? '' : `&${facet}`}${separator}`;
}

function dimensionValues(row: FilterableInquiry): [Dimension, string][] {
  const values: [Dimension, string][] = [
    ['all', ''],
    ['type', row.requester.type],
    ['country', row.requester.country],
    ...row.productIds.map((id): [Dimension, string] => ['product', id]),
    ...row.questions.map((question): [Dimension, string] => ['category', question.category]),
  ];
  if (row.eventId !== null) values.push(['event', row.eventId]);
  if (row.assignedTo !== null) values.push(['assignee', row.assignedTo]);
  return values;
}

/** The sortable end of a key: by receipt time, or by due date then receipt time; then the id. */
function sortPart(row: FilterableInquiry, dimension: Dimension): string {
  const byReceipt = `${row.receivedAtUtc}${separator}${row.id}`;
  return dimension === 'due' ? `${row.dueDate}${separator}${byReceipt}` : byReceipt;
}

/** Every index key of a row. Deleted rows keep theirs: the query leaves them out. */
export function inquiryFilterKeys(row: FilterableInquiry): string[] {
  const keys: string[] = [];
  for (const facet of facetsOf(row.status)) {
    for (const [dimension, value] of dimensionValues(row)) {
      keys.push(prefixOf(dimension, value, facet) + sortPart(row, dimension));
    }
    keys.push(prefixOf('due', '', facet) + sortPart(row, 'due'));
  }
  return [...new Set(keys)];
}

/** How to read one filtered, sorted list: a key range, a direction and a check per row. */
export type InquiryQueryPlan = {
  lower: string;
  upper: string;
  isDescending: boolean;
  /** The row's key in this range: pass the last one back to continue after it. */
  keyOf: (row: FilterableInquiry) => string;
  /** Whether a row read from the range passes every filter. */
  matches: (row: FilterableInquiry) => boolean;
};

function primaryDimension(filter: InquiryFilter, sort: InquirySort): [Dimension, string] {
  if (sort === 'due-soonest' || filter.isOverdue) return ['due', ''];
  if (filter.eventId) return ['event', filter.eventId];
  if (filter.assignedTo) return ['assignee', filter.assignedTo];
  if (filter.category) return ['category', filter.category];
  if (filter.country) return ['country', filter.country];
  if (filter.productId) return ['product', filter.productId];
  if (filter.requesterType) return ['type', filter.requesterType];
  return ['all', ''];
}

function facetOf(filter: InquiryFilter): string {
  const statuses = filter.statuses ?? [];
  const [only] = statuses;
  if (only && statuses.length === 1) return only;
  const isActiveSet =
    statuses.length === activeStatuses.length &&
    activeStatuses.every((status) => statuses.includes(status));
  return isActiveSet || (statuses.length === 0 && filter.isOverdue) ? 'active' : '';
}

function rowMatches(row: FilterableInquiry, filter: InquiryFilter, today: IsoDate): boolean {
  const statuses = filter.statuses ?? [];
  return (
    !row.deleted &&
    (statuses.length === 0 || statuses.includes(row.status)) &&
    (!filter.productId || row.productIds.includes(filter.productId)) &&
    (!filter.category || row.questions.some((question) => question.category === filter.category)) &&
    (!filter.requesterType || row.requester.type === filter.requesterType) &&
    (!filter.country || row.requester.country === filter.country) &&
    (!filter.eventId || row.eventId === filter.eventId) &&
    (!filter.assignedTo || row.assignedTo === filter.assignedTo) &&
    (!filter.receivedFromUtc || row.receivedAtUtc >= filter.receivedFromUtc) &&
    (!filter.receivedBeforeUtc || row.receivedAtUtc < filter.receivedBeforeUtc) &&
    (!filter.isOverdue || (activeStatuses.includes(row.status) && row.dueDate < today))
  );
}

/**
 * The plan for a filtered, sorted list. The most selective filter the index serves picks the
 * range (event, assignee, category, country, product, requester type), together with a single
 * status or the active statuses; the receipt-date bounds narrow it; everything else is checked
 * per row. Sorting by due date (and the overdue filter, which bounds the due date by `today`)
 * reads the due-date keys.
 */
export function planInquiryQuery(
  filter: InquiryFilter,
  sort: InquirySort,
  today: IsoDate,
): InquiryQueryPlan {
  const [dimension, value] = primaryDimension(filter, sort);
  const prefix = prefixOf(dimension, value, facetOf(filter));
  const isDue = dimension === 'due';
  const lower = isDue ? prefix : `${prefix}${filter.receivedFromUtc ?? ''}`;
  const upper = isDue
    ? `${prefix}${filter.isOverdue ? today : highest}`
    : `${prefix}${filter.receivedBeforeUtc ?? highest}`;
  return {
    lower,
    upper,
    isDescending: sort === 'received-newest',
    keyOf: (row) => prefix + sortPart(row, dimension),
    matches: (row) => rowMatches(row, filter, today),
  };
}
