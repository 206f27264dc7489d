// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../src/renderer/src/data';
import { recoverRescuedDrafts, rescueDraft } from '../../../src/renderer/src/data/draft-rescue';
import { sealDraft } from '../../../src/renderer/src/data/drafts-repository';
import { openTestStore } from './store-fixtures';

const typing = {
  id: 'booth-new',
  kind: 'inquiry' as const,
  targetId: null,
  savedAt: '2026-05-24T10:15:00.000+02:00',
  personal: { requesterName: 'Dr. Lena Hofbauer', question: 'Dose of Trombexa in renal' },
};

afterEach(() => window.localStorage.clear());

describe('typing kept when the window closes mid-word', () => {
  it('is kept on disk only as ciphertext and comes back into the store at the next start', async () => {
    const db = await openTestStore();
    rescueDraft(await sealDraft(db, typing));
    const onDisk = Object.values({ ...window.localStorage }).join('');
    expect(onDisk).not.toContain('Hofbauer');
    expect(onDisk).not.toContain('Trombexa');

    expect(await recoverRescuedDrafts(db)).toBe(1);
    expect((await getDraft(db, typing.id))?.personal).toEqual(typing.personal);
    expect(window.localStorage.length).toBe(0);
  });

  it('drops a plaintext or malformed copy instead of storing it', async () => {
    const db = await openTestStore();
    window.localStorage.setItem('medinfo.draftRescue:booth-new', JSON.stringify(typing));
    window.localStorage.setItem('medinfo.draftRescue:broken', '{"id":');
    expect(await recoverRescuedDrafts(db)).toBe(0);
    expect(await getDraft(db, typing.id)).toBeUndefined();
    expect(window.localStorage.length).toBe(0);
  });

  it('never replaces a newer draft the store already holds', async () => {
    const db = await openTestStore();
    rescueDraft(await sealDraft(db, typing));
    const newer = { ...typing, savedAt: '2026-05-24T10:16:00.000+02:00', personal: { a: 1 } };
    await db.drafts.put(await sealDraft(db, newer));
    expect(await recoverRescuedDrafts(db)).toBe(0);
    expect((await getDraft(db, typing.id))?.personal).toEqual({ a: 1 });
  });
});
