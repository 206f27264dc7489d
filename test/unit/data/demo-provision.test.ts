import { describe, expect, it } from 'vitest';
import {
  demoPassword,
  FirstAccountExistsError,
  hasDemoAccounts,
  isStoreUnlocked,
  listInquiryPage,
  listSignInAccounts,
  provisionDemo,
  signIn,
} from '../../../src/renderer/src/data';
import { demoUserIds } from '../../../src/renderer/src/data/demo';
import { openTestStore, testKdfCost } from './store-fixtures';

describe('exploring the demo from the first-run screen', () => {
  it('seeds the demo company and gives the five demo people the documented password', async () => {
    const db = await openTestStore({ isLocked: true });
    expect(await hasDemoAccounts(db)).toBe(false);
    await provisionDemo(db, { kdfCost: testKdfCost, now: new Date('2026-11-20T10:00:00.000Z') });
    expect(isStoreUnlocked(db)).toBe(false);
    expect(await hasDemoAccounts(db)).toBe(true);
    const accounts = await listSignInAccounts(db);
    expect(accounts.map((account) => account.username)).toEqual([
      'claire.fontaine',
      'tobias.berger',
      'jonas.weber',
      'maja.lindqvist',
      'sven.aas',
    ]);
    await signIn(db, { userId: demoUserIds.fieldOfficer, password: demoPassword });
    const { inquiries } = await listInquiryPage(db, { limit: 50 });
    expect(inquiries).toHaveLength(12);
    expect(
      inquiries.some((inquiry) => inquiry.personal.requester.name === 'Dr. med. Katrin Vogelsang'),
    ).toBe(true);
  });

  it('is offered only on a device without accounts', async () => {
    const db = await openTestStore({ isLocked: true });
    await provisionDemo(db, { kdfCost: testKdfCost });
    await expect(provisionDemo(db, { kdfCost: testKdfCost })).rejects.toBeInstanceOf(
      FirstAccountExistsError,
    );
  });
});
