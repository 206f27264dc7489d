// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acknowledgeMutations,
  closeStore,
  createInquiry,
  getDatabase,
  openStore,
  useInquiryPage,
  useLastSync,
  useOutboxCount,
  useProducts,
  useSettings,
} from '../../../src/renderer/src/data';
import type { InquiryPage, InquiryPageKey } from '../../../src/renderer/src/data';
import { unlockKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import { seedDemoData } from '../../../src/renderer/src/data/demo';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt } from './store-fixtures';

afterEach(async () => {
  const db = getDatabase();
  closeStore();
  await db.delete();
});

/** The app's store, unlocked as after a sign-in. */
async function openEmptyStore(): Promise<void> {
  const db = await openStore({ name: `hooks-${crypto.randomUUID()}` });
  await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32)));
}

describe('live-query hooks', () => {
  it('show the pending-sync count and follow writes and acknowledgements', async () => {
    await openEmptyStore();
    const { result } = renderHook(() => useOutboxCount());
    await waitFor(() => expect(result.current).toBe(0));
    await act(async () => {
      await createInquiry(getDatabase(), sampleInquiry(), actorAt());
      await createInquiry(getDatabase(), sampleInquiry(), actorAt());
    });
    await waitFor(() => expect(result.current).toBe(2));
    await act(() => acknowledgeMutations(getDatabase(), [1]));
    await waitFor(() => expect(result.current).toBe(1));
  });

  it('say "never synced" (null) until a sync has succeeded', async () => {
    await openEmptyStore();
    const { result } = renderHook(() => useLastSync());
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('page inquiries and move to the next page with the returned key', async () => {
    await openEmptyStore();
    const db = getDatabase();
    for (const day of ['02', '03', '04']) {
      await createInquiry(
        db,
        sampleInquiry({ receivedAt: `2026-03-${day}T09:00:00+01:00` }),
        actorAt(),
      );
    }
    const { result, rerender } = renderHook<
      InquiryPage | undefined,
      { afterKey: InquiryPageKey | null }
    >(({ afterKey }) => useInquiryPage({ limit: 2, afterKey }), {
      initialProps: { afterKey: null },
    });
    await waitFor(() => expect(result.current?.inquiries).toHaveLength(2));
    expect(result.current?.inquiries[0]?.receivedAt).toBe('2026-03-04T09:00:00+01:00');
    rerender({ afterKey: result.current?.nextKey ?? null });
    await waitFor(() =>
      expect(result.current?.inquiries.map((inquiry) => inquiry.receivedAt)).toEqual([
        '2026-03-02T09:00:00+01:00',
      ]),
    );
    expect(result.current?.nextKey).toBeNull();
  });

  it('read the demo products and settings once the store is seeded', async () => {
    await openEmptyStore();
    await seedDemoData(getDatabase(), new Date('2026-11-20T10:00:00Z'));
    const products = renderHook(() => useProducts());
    const settings = renderHook(() => useSettings());
    await waitFor(() => expect(products.result.current).toHaveLength(3));
    await waitFor(() => expect(settings.result.current?.affiliateCountry).toBe('DE'));
  });
});
