import type { Country, Id, IsoDate } from '../schemas/common';
import type { Inquiry, InquiryStatus, QuestionCategory } from '../schemas/inquiry';
import type { RequesterType } from '../schemas/requester';
import { activeStatuses } from './inquiry-workflow';

/*
 * The inquiry list's filters, served by ONE multi-entry index of sortable keys. Each row carries
 * a key per filterable value, e.g. `country=DE|2026-03-02T08:30:00.000Z|<id>`: a prefix range of
 * that index lists the rows with that value, newest receipt last, so any single filter pages by
 * key at a cost that does not grow with the store, and further filters are checked on the rows
 * read. IndexedDB cannot put a multi-valued field (products, question categories) into a
 * compound index; strings with a separator can. Keys hold no personal data.
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

type Dimension =
  'all' | 'status' | 'product' | 'category' | 'type' | 'country' | 'event' | 'assignee' | 'due';

const separator = '|';
/** Sorts after every character the keys use (ASCII), so `prefix + highest` ends a range. */
const highest = '\uffff';

function key(dimension: Dimension, value: string, ...rest: string[]): string {
  return [`${dimension}=${value}`, ...rest].join(separator);
}

/** Every index key of a row. Deleted rows keep theirs: the query leaves them out. */
export function inquiryFilterKeys(row: FilterableInquiry): string[] {
  const tail = [row.receivedAtUtc, row.id];
  const keys = [
    key('all', '', ...tail),
    key('status', row.status, ...tail),
    key('type', row.requester.type, ...tail),
    key('country', row.requester.country, ...tail),
    key('due', row.dueDate, ...tail),
    ...row.productIds.map((id) => key('product', id, ...tail)),
    ...row.questions.map((question) => key('category', question.category, ...tail)),
  ];
  if (row.eventId !== null) keys.push(key('event', row.eventId, ...tail));
  if (row.assignedTo !== null) keys.push(key('assignee', row.assignedTo, ...tail));
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
  const [onlyStatus] = filter.statuses ?? [];
  if (onlyStatus && filter.statuses?.length === 1) return ['status', onlyStatus];
  return ['all', ''];
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
 * range (event, assignee, category, country, product, requester type, a single status); the
 * receipt-date bounds narrow it; everything else is checked per row. Sorting by due date (and
 * the overdue filter, which bounds the due date by `today`) reads the due-date keys.
 */
export function planInquiryQuery(
  filter: InquiryFilter,
  sort: InquirySort,
  today: IsoDate,
): InquiryQueryPlan {
  const [dimension, value] = primaryDimension(filter, sort);
  const prefix = `${dimension}=${value}${separator}`;
  const isDue = dimension === 'due';
  const keyOf = (row: FilterableInquiry): string => {
    const tail = [row.receivedAtUtc, row.id];
    if (isDue) return key('due', row.dueDate, ...tail);
    return key(dimension, value, ...tail);
  };
  const lower = isDue ? 'due=' : `${prefix}${filter.receivedFromUtc ?? ''}`;
  const upper = isDue
    ? filter.isOverdue
      ? `due=${today}`
      : `due=${highest}`
    : `${prefix}${filter.receivedBeforeUtc ?? highest}`;
  return {
    lower,
    upper,
    isDescending: sort === 'received-newest',
    keyOf,
    matches: (row) => rowMatches(row, filter, today),
  };
}
