import { describe, expect, it } from 'vitest';
import {
  createInquiries,
  deleteInquiry,
  listInquiryPage,
  updateInquiry,
} from '../../../src/renderer/src/data';
import type { InquiryPageKey, MedinfoDatabase } from '../../../src/renderer/src/data';
import type { Inquiry } from '../../../src/shared/schemas';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

/** 25 inquiries received one hour apart on 2 March, alternating Berlin and London offsets. */
async function storeWith25(): Promise<{ db: MedinfoDatabase; inquiries: Inquiry[] }> {
  const db = await openTestStore();
  const inputs = Array.from({ length: 25 }, (_, index) => {
    const utcHour = index; // 00:00 UTC + index hours, wrapping into 3 March
    const instant = new Date(Date.UTC(2026, 2, 2, utcHour, 0, 0));
    const isBerlin = index % 2 === 0;
    const local = new Date(instant.getTime() + (isBerlin ? 3_600_000 : 0));
    const text = local.toISOString().slice(0, 19);
    return sampleInquiry({ receivedAt: `${text}.000${isBerlin ? '+01:00' : '+00:00'}` });
  });
  const inquiries = await createInquiries(db, inputs, actorAt());
  return { db, inquiries };
}

async function readAllPages(
  db: MedinfoDatabase,
  query: { status?: Inquiry['status']; limit: number },
): Promise<Inquiry[][]> {
  const pages: Inquiry[][] = [];
  let afterKey: InquiryPageKey | null = null;
  do {
    const page = await listInquiryPage(db, { ...query, afterKey });
    pages.push(page.inquiries);
    afterKey = page.nextKey;
  } while (afterKey !== null);
  return pages;
}

describe('key-based paging of inquiries', () => {
  it('returns every inquiry once, newest receipt first, in pages of the asked size', async () => {
    const { db, inquiries } = await storeWith25();
    const pages = await readAllPages(db, { limit: 10 });
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    const expected = [...inquiries]
      .sort((left, right) => Date.parse(right.receivedAt) - Date.parse(left.receivedAt))
      .map((inquiry) => inquiry.id);
    expect(pages.flat().map((inquiry) => inquiry.id)).toEqual(expected);
  });

  it('continues after the last-seen key even when rows were added before it', async () => {
    const { db } = await storeWith25();
    const first = await listInquiryPage(db, { limit: 10 });
    await createInquiries(
      db,
      [sampleInquiry({ receivedAt: '2026-03-09T09:00:00+01:00' })],
      actorAt(),
    );
    const second = await listInquiryPage(db, { limit: 10, afterKey: first.nextKey });
    const firstIds = new Set(first.inquiries.map((inquiry) => inquiry.id));
    expect(second.inquiries.some((inquiry) => firstIds.has(inquiry.id))).toBe(false);
    expect(second.inquiries).toHaveLength(10);
  });

  it('pages within one status and leaves deleted inquiries out', async () => {
    const { db, inquiries } = await storeWith25();
    const closed = inquiries.filter((_, index) => index % 3 === 0); // 9 inquiries
    for (const inquiry of closed) {
      await updateInquiry(db, inquiry.id, { status: 'closed' }, actorAt());
    }
    await deleteInquiry(db, closed[0]?.id ?? '', actorAt());
    const pages = await readAllPages(db, { status: 'closed', limit: 3 });
    expect(pages.map((page) => page.length)).toEqual([3, 3, 2]);
    expect(pages.flat().every((inquiry) => inquiry.status === 'closed')).toBe(true);
    const open = await readAllPages(db, { status: 'open', limit: 50 });
    expect(open.flat()).toHaveLength(16);
  });

  it('ends with a null key when the last page is exactly full', async () => {
    const { db } = await storeWith25();
    const page = await listInquiryPage(db, { limit: 25 });
    expect(page.inquiries).toHaveLength(25);
    expect(page.nextKey).toBeNull();
  });

  it('refuses page sizes the UI should never ask for', async () => {
    const { db } = await storeWith25();
    await expect(listInquiryPage(db, { limit: 0 })).rejects.toThrow(RangeError);
    await expect(listInquiryPage(db, { limit: 501 })).rejects.toThrow(RangeError);
  });
});
