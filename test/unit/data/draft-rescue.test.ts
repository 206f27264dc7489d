// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  getDraft,
  recoverRescuedDrafts,
  rescueDraft,
  saveDraft,
} from '../../../src/renderer/src/data';
import type { Draft } from '../../../src/shared/schemas';
import { openTestStore } from './store-fixtures';

function draft(savedAt: string, name: string): Draft {
  return { id: 'booth:new', kind: 'inquiry', targetId: null, savedAt, personal: { name } };
}

describe('typing kept while the window closes', () => {
  it('goes into the store at the next start, and only once', async () => {
    const db = await openTestStore();
    rescueDraft(draft('2026-04-02T10:00:05.000+02:00', 'Dr. Lena Hofbau'));
    expect(await recoverRescuedDrafts(db)).toBe(1);
    expect((await getDraft(db, 'booth:new'))?.personal).toEqual({ name: 'Dr. Lena Hofbau' });
    expect(Object.keys(window.localStorage)).toEqual([]);
    expect(await recoverRescuedDrafts(db)).toBe(0);
  });

  it('never replaces a newer draft, and drops a copy that is not a draft', async () => {
    const db = await openTestStore();
    await saveDraft(db, draft('2026-04-02T10:00:09.000+02:00', 'Dr. Lena Hofbauer'));
    rescueDraft(draft('2026-04-02T10:00:05.000+02:00', 'Dr. Lena'));
    window.localStorage.setItem('medinfo.draftRescue:broken', '{not json');
    expect(await recoverRescuedDrafts(db)).toBe(0);
    expect((await getDraft(db, 'booth:new'))?.personal).toEqual({ name: 'Dr. Lena Hofbauer' });
    expect(Object.keys(window.localStorage)).toEqual([]);
  });
});
