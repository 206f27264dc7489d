import {
  inquiryStatusSchema,
  questionCategorySchema,
  requesterTypeSchema,
} from '../../../../../shared/schemas';
import type { Id, InquiryStatus, IsoDate } from '../../../../../shared/schemas';
import { activeStatuses } from '../../../../../shared/domain';
import type { InquiryFilter, InquirySort } from '../../../../../shared/domain';
import type { InquiryListQuery } from '../../../data';

/*
 * The inquiry list's filters live in the URL (`#/inquiries?status=open&country=DE`), so the back
 * button and a bookmark bring the same list back, and a saved view is just a set of parameters.
 */

export type ListState = {
  statuses: InquiryStatus[];
  productId: string;
  category: string;
  requesterType: string;
  country: string;
  eventId: string;
  assignedTo: string;
  /** A local calendar date, or empty. */
  from: string;
  to: string;
  isOverdue: boolean;
  search: string;
  sort: InquirySort;
};

const sorts: readonly InquirySort[] = ['received-newest', 'received-oldest', 'due-soonest'];

/** A sort named in text; the default (newest first) for anything else. */
export function sortOf(text: string): InquirySort {
  return sorts.find((known) => known === text) ?? 'received-newest';
}

export function readListState(params: URLSearchParams): ListState {
  return {
    statuses: params
      .getAll('status')
      .flatMap((status) => inquiryStatusSchema.safeParse(status).data ?? []),
    productId: params.get('product') ?? '',
    category: params.get('category') ?? '',
    requesterType: params.get('type') ?? '',
    country: params.get('country') ?? '',
    eventId: params.get('event') ?? '',
    assignedTo: params.get('assignee') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    isOverdue: params.get('overdue') === '1',
    search: params.get('q') ?? '',
    sort: sortOf(params.get('sort') ?? ''),
  };
}

export function writeListState(state: Partial<ListState>): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of state.statuses ?? []) params.append('status', status);
  const pairs: [string, string | undefined][] = [
    ['product', state.productId],
    ['category', state.category],
    ['type', state.requesterType],
    ['country', state.country],
    ['event', state.eventId],
    ['assignee', state.assignedTo],
    ['from', state.from],
    ['to', state.to],
    ['overdue', state.isOverdue ? '1' : ''],
    ['q', state.search],
    ['sort', state.sort === 'received-newest' ? '' : state.sort],
  ];
  for (const [key, value] of pairs) if (value) params.set(key, value);
  return params;
}

/** Midnight at the start of a local calendar date, as a UTC instant (the device's offset). */
function localMidnightUtc(date: IsoDate): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

function nextDay(date: IsoDate): IsoDate {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The data layer's query for the list's state, on `today`'s calendar date. */
export function listQueryOf(state: ListState, today: IsoDate): InquiryListQuery {
  const filter: InquiryFilter = {
    statuses: state.statuses,
    productId: state.productId || undefined,
    category: questionCategorySchema.safeParse(state.category).data,
    requesterType: requesterTypeSchema.safeParse(state.requesterType).data,
    country: /^[A-Z]{2}$/.test(state.country) ? state.country : undefined,
    eventId: state.eventId || undefined,
    assignedTo: state.assignedTo || undefined,
    receivedFromUtc: state.from ? localMidnightUtc(state.from) : undefined,
    receivedBeforeUtc: state.to ? localMidnightUtc(nextDay(state.to)) : undefined,
    isOverdue: state.isOverdue || undefined,
  };
  return { filter, sort: state.sort, search: state.search, today, limit: 100 };
}

export type SavedView = {
  key: 'all' | 'my-open' | 'overdue' | 'this-event';
  state: Partial<ListState>;
};

/** The built-in views: everything, my open work, what is overdue, and the current congress. */
export function savedViews(userId: Id, currentEventId: Id | null): SavedView[] {
  const views: SavedView[] = [
    { key: 'all', state: {} },
    { key: 'my-open', state: { assignedTo: userId, statuses: [...activeStatuses] } },
    { key: 'overdue', state: { isOverdue: true, sort: 'due-soonest' } },
  ];
  if (currentEventId) views.push({ key: 'this-event', state: { eventId: currentEventId } });
  return views;
}
