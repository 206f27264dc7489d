import type { Id, Inquiry, InquiryStatus } from '../../../shared/schemas';
import type { InquiryRow, MedinfoDatabase } from './db';
import { recordsFromRows } from './read-records';

/** The last row of a page: its UTC receipt time and id. Opaque to the UI: pass it back as is. */
export type InquiryPageKey = readonly [receivedAtUtc: string, id: Id];

export type InquiryPageQuery = {
  /** Only inquiries in this status; all statuses when omitted. */
  status?: InquiryStatus;
  /** The `nextKey` of the previous page; the first page when omitted or null. */
  afterKey?: InquiryPageKey | null;
  /** Rows per page, 1 to 500. */
  limit: number;
};

export type InquiryPage = {
  /** Newest receipt first; deleted inquiries are left out. */
  inquiries: Inquiry[];
  /** The key to ask for the following page with; null on the last page. */
  nextKey: InquiryPageKey | null;
};

export const maxInquiryPageSize = 500;

/**
 * One page of inquiries, newest receipt first, by last-seen key: the cost does not grow with
 * the page number, unlike offset() (ARCHITECTURE.md: ~1.5 ms vs ~0.5 s deep into 100k rows).
 * Throws a RangeError when `limit` is outside 1–500 and StoreLockedError while locked.
 */
export async function listInquiryPage(
  db: MedinfoDatabase,
  query: InquiryPageQuery,
): Promise<InquiryPage> {
  const { status, afterKey, limit } = query;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxInquiryPageSize) {
    throw new RangeError(`A page holds 1 to ${maxInquiryPageSize} inquiries, not ${limit}`);
  }
  // Bounds without Dexie.minKey/maxKey: [status] sorts before every [status, time, id] and
  // [status, []] after them (arrays sort after strings), in Chromium and fake-indexeddb alike.
  const collection =
    status === undefined
      ? afterKey
        ? db.inquiries.where('[receivedAtUtc+id]').below([...afterKey])
        : db.inquiries.orderBy('[receivedAtUtc+id]')
      : db.inquiries
          .where('[status+receivedAtUtc+id]')
          .between([status], afterKey ? [status, ...afterKey] : [status, []], true, false);
  // One extra row tells whether another page follows without counting the table.
  const rows = await collection
    .reverse()
    .filter((row) => !row.deleted)
    .limit(limit + 1)
    .toArray();
  const pageRows = rows.slice(0, limit);
  const last: InquiryRow | undefined = pageRows.at(-1);
  return {
    // Decrypted after the query: WebCrypto is never awaited inside a transaction (decision 0011).
    inquiries: await recordsFromRows(db, 'inquiries', pageRows),
    nextKey: rows.length > limit && last ? [last.receivedAtUtc, last.id] : null,
  };
}
