import { useLiveQuery } from 'dexie-react-hooks';
import type { CongressEvent, Id, Inquiry, User } from '../../../shared/schemas';
import type { DuplicateSubject } from '../../../shared/domain';
import { findDuplicateInquiries } from './duplicate-inquiries';
import type { DuplicateInquiry } from './duplicate-inquiries';
import { getEvent } from './events-repository';
import { getSettings } from './settings-repository';
import { queryInquiries } from './inquiry-query';
import type { InquiryQuery } from './inquiry-query';
import { getDatabase } from './store';
import { getUser } from './users-repository';

export type InquiryListQuery = Omit<InquiryQuery, 'afterKey'>;

export type InquiryList = {
  inquiries: Inquiry[];
  /** Whether more rows may follow: ask for another page. */
  hasMore: boolean;
  /** How many pages this result holds (the `pageCount` it was read for). */
  pages: number;
};

/**
 * The first `pageCount` pages of a filtered inquiry list, live: it re-reads when the store
 * changes. While a changed query loads, useLiveQuery keeps the previous result on screen.
 */
export function useInquiryList(
  query: InquiryListQuery,
  pageCount: number,
): InquiryList | undefined {
  const db = getDatabase();
  // The query is an object literal each render: its text is the dependency.
  const serialised = JSON.stringify(query);
  return useLiveQuery(async () => {
    const inquiries: Inquiry[] = [];
    let afterKey: string | null = null;
    for (let page = 0; page < pageCount; page += 1) {
      const next = await queryInquiries(db, { ...query, afterKey });
      inquiries.push(...next.inquiries);
      afterKey = next.nextKey;
      if (afterKey === null) break;
    }
    return { inquiries, hasMore: afterKey !== null, pages: pageCount };
  }, [db, serialised, pageCount]);
}

/**
 * Earlier inquiries the subject looks like (same requester and product within the window,
 * similar question text); an empty list while there is nothing to compare.
 */
export function useDuplicateInquiries(
  subject: DuplicateSubject | null,
  windowDays: number,
): DuplicateInquiry[] | undefined {
  const db = getDatabase();
  const serialised = subject === null ? null : JSON.stringify(subject);
  return useLiveQuery(
    async () => (subject === null ? [] : findDuplicateInquiries(db, subject, windowDays)),
    [db, serialised, windowDays],
  );
}

/** A congress event; null when unknown or deleted (or no id), undefined while loading. */
export function useEvent(id: Id | null): CongressEvent | null | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (id === null ? null : ((await getEvent(db, id)) ?? null)),
    [db, id],
  );
}

/**
 * The congress booth mode uses (settings), read in one query with the settings so that it is
 * never the event of a previous setting: null when none is set (or it was deleted).
 */
export function useCurrentEvent(): CongressEvent | null | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => {
    const { currentEventId } = await getSettings(db);
    return currentEventId === null ? null : ((await getEvent(db, currentEventId)) ?? null);
  }, [db]);
}

/** A local account; null when unknown, undefined while loading. */
export function useUser(id: Id | null): User | null | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (id === null ? null : ((await getUser(db, id)) ?? null)),
    [db, id],
  );
}
