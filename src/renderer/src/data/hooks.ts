import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type {
  CongressEvent,
  Draft,
  Id,
  Inquiry,
  Product,
  ResponseDocument,
  SafetyAction,
  SafetyReport,
  Settings,
  Timestamp,
  User,
} from '../../../shared/schemas';
import { listAuditTrail } from './audit-trail';
import type { AuditTrailEntry } from './audit-trail';
import type { DocumentFilter } from './documents-repository';
import { listDocuments } from './documents-repository';
import { getDraft } from './drafts-repository';
import { listEvents } from './events-repository';
import { getInquiry } from './inquiries-repository';
import { loadInsightsSource, type InsightsSource } from './insights-source';
import { listInquiryPage } from './inquiry-paging';
import type { InquiryPage, InquiryPageQuery } from './inquiry-paging';
import { readMeta } from './meta';
import { listProducts } from './products-repository';
import { listSafetyActions } from './safety-lifecycle-repository';
import { getSafetyReport, listSafetyReports } from './safety-reports-repository';
import { getSettings } from './settings-repository';
import { getDatabase } from './store';
import { listSignInAccounts, listUsers } from './users-repository';
import {
  getPersonalSearchState,
  searchPersonalText,
  subscribePersonalSearch,
} from './personal-search';
import type { PersonalSearchHit, PersonalSearchState } from './personal-search';

/*
 * Live queries: each hook re-renders when the rows it read change, in this window or another.
 * `undefined` means "still loading". Deps are primitives so a new object literal each render
 * does not restart the query.
 */

/** One page of inquiries, newest receipt first; pass the previous page's `nextKey` as afterKey. */
export function useInquiryPage(query: InquiryPageQuery): InquiryPage | undefined {
  const db = getDatabase();
  const { status, limit } = query;
  const [afterReceivedAt, afterId] = query.afterKey ?? [];
  return useLiveQuery(
    () =>
      listInquiryPage(db, {
        status,
        limit,
        afterKey:
          afterReceivedAt === undefined || afterId === undefined
            ? null
            : [afterReceivedAt, afterId],
      }),
    [db, status, limit, afterReceivedAt, afterId],
  );
}

/** One inquiry; null when unknown or deleted, undefined while loading. */
export function useInquiry(id: Id): Inquiry | null | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => (await getInquiry(db, id)) ?? null, [db, id]);
}

/** The company's products by brand name. */
export function useProducts(): Product[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listProducts(db), [db]);
}

/** Library documents by title, optionally narrowed by product, status and language. */
export function useDocuments(filter: DocumentFilter = {}): ResponseDocument[] | undefined {
  const db = getDatabase();
  const { productId, status, language } = filter;
  return useLiveQuery(
    () => listDocuments(db, { productId, status, language }),
    [db, productId, status, language],
  );
}

/** Congress events, most recent first. */
export function useEvents(): CongressEvent[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listEvents(db), [db]);
}

/** Local accounts by display name. */
export function useUsers(): User[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listUsers(db), [db]);
}

/**
 * Changes waiting to be pushed. Reads the count the write path maintains in meta: counting the
 * outbox on every render would cost ~100 ms at 50k rows (ARCHITECTURE.md).
 */
export function useOutboxCount(): number | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => (await readMeta(db, 'pendingMutations')) ?? 0, [db]);
}

/** The device settings (defaults until saved). */
export function useSettings(): Settings | undefined {
  const db = getDatabase();
  return useLiveQuery(() => getSettings(db), [db]);
}

/** When the last sync succeeded (written by the sync engine); null until one has. */
export function useLastSync(): Timestamp | null | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => (await readMeta(db, 'lastSyncAt')) ?? null, [db]);
}

/** The accounts that can sign in on this device, by name (the sign-in screen's list). */
export function useSignInAccounts(): User[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listSignInAccounts(db), [db]);
}

/** Whether the demo accounts exist, so the sign-in screen may show their password. */
export function useHasDemoAccounts(): boolean | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => (await readMeta(db, 'demoAccountsAt')) !== undefined, [db]);
}

/** The audit trail of one record, oldest first, personal changes decrypted. */
export function useAuditTrail(recordId: string): AuditTrailEntry[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listAuditTrail(db, recordId), [db, recordId]);
}

/** A saved form draft; null when there is none. */
export function useDraft(id: string): Draft | null | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => (await getDraft(db, id)) ?? null, [db, id]);
}

/** Every safety report, most recent Day 0 first. */
export function useSafetyReports(): SafetyReport[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listSafetyReports(db), [db]);
}

/** One safety report; null when unknown or deleted, undefined while loading. */
export function useSafetyReport(id: Id | null): SafetyReport | null | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (id === null ? null : ((await getSafetyReport(db, id)) ?? null)),
    [db, id],
  );
}

/** Acknowledgements, reconciliations and follow-up attempts of one report, or of all. */
export function useSafetyActions(reportId?: Id): SafetyAction[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listSafetyActions(db, reportId), [db, reportId]);
}

/**
 * What the insights compute from, re-read when any of its tables changes. Reads whole tables
 * (see loadInsightsSource): for the insights area only.
 */
export function useInsightsSource(): InsightsSource | undefined {
  const db = getDatabase();
  return useLiveQuery(() => loadInsightsSource(db), [db]);
}

/**
 * Searches the personal text of inquiries (requester, questions, notes) in the in-memory index
 * built after sign-in: `state` tells whether it is still building; `hits` are best first.
 */
export function usePersonalSearch(
  query: string,
  limit = 50,
): { state: PersonalSearchState; hits: PersonalSearchHit[] } {
  const db = getDatabase();
  const state = useSyncExternalStore(
    (listener) => subscribePersonalSearch(db, listener),
    () => getPersonalSearchState(db),
  );
  // Searching is synchronous and takes milliseconds: no need to memoise across renders.
  return { state, hits: state.status === 'empty' ? [] : searchPersonalText(db, query, limit) };
}
