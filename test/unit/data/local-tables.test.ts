import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  acknowledgeMutations,
  createInquiry,
  discardDraft,
  getDraft,
  getSettings,
  listPendingMutations,
  saveDraft,
  saveSettings,
  saveUser,
} from '../../../src/renderer/src/data';
import { defaultSettings } from '../../../src/shared/schemas';
import { sampleInquiry, testIds } from '../shared/fixtures';
import { actorAt, openTestStore, writeFootprint } from './store-fixtures';

describe('settings', () => {
  it('start from the defaults and are audited, not queued, when saved', async () => {
    const db = await openTestStore();
    expect(await getSettings(db)).toEqual(defaultSettings);
    const changed = {
      ...defaultSettings,
      dueDateBusinessDays: { urgent: 1, high: 3, normal: 5, low: 10 },
    };
    await saveSettings(db, changed, actorAt());
    expect((await getSettings(db)).dueDateBusinessDays.high).toBe(3);
    expect(await writeFootprint(db)).toMatchObject({ outbox: 0, audit: 1 });
    const [event] = await db.audit.toArray();
    expect(event?.changes).toEqual([{ field: 'dueDateBusinessDays.high', before: 2, after: 3 }]);
  });

  it('refuse an invalid value, naming it, and keep the stored settings', async () => {
    const db = await openTestStore();
    const invalid = { ...defaultSettings, affiliateCountry: 'Deutschland' };
    await expect(saveSettings(db, invalid, actorAt())).rejects.toBeInstanceOf(ZodError);
    expect((await getSettings(db)).affiliateCountry).toBe('DE');
    expect(await db.audit.count()).toBe(0);
  });
});

describe('local accounts', () => {
  it('keep their creation time and are audited on change', async () => {
    const db = await openTestStore();
    const user = {
      id: testIds.user,
      username: 'maja.lindqvist',
      displayName: 'Maja Lindqvist',
      jobTitle: 'Medical Information Officer',
      email: null,
      role: 'field-officer' as const, // as: literal of the role enum
      serverUserId: null,
      isActive: true,
      managesDeviceAccounts: false,
      signingKeys: [],
      passwordChangedAt: null,
      createdAt: '2026-03-01T08:00:00.000+01:00',
      updatedAt: '2026-03-01T08:00:00.000+01:00',
    };
    const created = await saveUser(db, user, actorAt('2026-03-01T09:00:00.000+01:00'));
    const promoted = await saveUser(db, { ...user, role: 'mi-specialist' }, actorAt());
    expect(promoted.createdAt).toBe(created.createdAt);
    const events = await db.audit.orderBy('[deviceId+sequence]').toArray();
    expect(events.map((event) => event.action)).toEqual(['create', 'update']);
    expect(events[1]?.changes).toEqual([
      { field: 'role', before: 'field-officer', after: 'mi-specialist' },
    ]);
  });
});

describe('the outbox queue', () => {
  it('hands out safety first and lowers the pending count when acknowledged', async () => {
    const db = await openTestStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    const safety = sampleInquiry();
    const screen = safety.safetyScreen ?? null;
    const withEvent = await createInquiry(
      db,
      { ...safety, safetyScreen: screen && { ...screen, hasAdverseEvent: true } },
      actorAt(),
    );
    const pending = await listPendingMutations(db, 10);
    expect(pending.map((entry) => entry.recordId)[0]).toBe(withEvent.id);
    await acknowledgeMutations(db, [pending[0]?.mutationId ?? 0, pending[0]?.mutationId ?? 0]);
    expect((await db.meta.get('pendingMutations'))?.value).toBe(1);
    // A repeated acknowledgement (at-least-once delivery) changes nothing.
    await acknowledgeMutations(db, [pending[0]?.mutationId ?? 0]);
    expect((await db.meta.get('pendingMutations'))?.value).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('drafts', () => {
  it('survive until discarded and are neither queued nor audited', async () => {
    const db = await openTestStore();
    const draft = {
      id: 'inquiry:new',
      kind: 'inquiry' as const, // as: literal of the draft kind enum
      targetId: null,
      savedAt: '2026-03-02T10:00:00.000+01:00',
      personal: { requesterName: 'Dr. Half-typed', question: 'Can it be crus' },
    };
    await saveDraft(db, draft);
    expect(await getDraft(db, 'inquiry:new')).toEqual(draft);
    expect(await writeFootprint(db)).toMatchObject({ outbox: 0, audit: 0 });
    await discardDraft(db, 'inquiry:new');
    expect(await getDraft(db, 'inquiry:new')).toBeUndefined();
  });
});
