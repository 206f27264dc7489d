import { describe, expect, it } from 'vitest';
import {
  createInquiry,
  listAuditTrail,
  saveSettings,
  updateInquiry,
  verifyStoredAuditChain,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { defaultSettings } from '../../../src/shared/schemas';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

/** Five audited writes: create, three status changes, a settings change. */
async function storeWithHistory(): Promise<MedinfoDatabase> {
  const db = await openTestStore();
  const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
  for (const status of ['in-progress', 'answered', 'closed'] as const) {
    await updateInquiry(db, inquiry.id, { status }, actorAt());
  }
  await saveSettings(db, { ...defaultSettings, theme: 'dark' }, actorAt());
  return db;
}

async function eventAt(db: MedinfoDatabase, sequence: number): Promise<{ id: string }> {
  const event = await db.audit.filter((candidate) => candidate.sequence === sequence).first();
  if (!event) throw new Error(`No audit event ${sequence}`);
  return event;
}

describe('the stored audit trail', () => {
  it('verifies as intact after ordinary use', async () => {
    const db = await storeWithHistory();
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, length: 5 });
  });

  it('detects an after-value edited directly in the table', async () => {
    const db = await storeWithHistory();
    const { id } = await eventAt(db, 3);
    await db.audit.update(id, {
      changes: [{ field: 'status', before: 'in-progress', after: 'cancelled' }],
    });
    expect(await verifyStoredAuditChain(db)).toEqual({
      ok: false,
      brokenAtSequence: 3,
      reason: 'hash-mismatch',
    });
  });

  it('detects a deleted event in the middle', async () => {
    const db = await storeWithHistory();
    await db.audit.delete((await eventAt(db, 2)).id);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: false, brokenAtSequence: 2 });
  });

  it('detects the newest event deleted, against the head kept in the store', async () => {
    const db = await storeWithHistory();
    await db.audit.delete((await eventAt(db, 5)).id);
    expect(await verifyStoredAuditChain(db)).toEqual({
      ok: false,
      brokenAtSequence: 5,
      reason: 'head-mismatch',
    });
  });

  it('lists a record’s history oldest first, with every earlier value', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    await updateInquiry(db, inquiry.id, { status: 'in-progress' }, actorAt());
    await updateInquiry(db, inquiry.id, { status: 'closed' }, actorAt());
    const trail = await listAuditTrail(db, inquiry.id);
    expect(trail.map((event) => event.action)).toEqual(['create', 'update', 'update']);
    expect(trail.slice(1).map((event) => event.changes)).toEqual([
      [{ field: 'status', before: 'open', after: 'in-progress' }],
      [{ field: 'status', before: 'in-progress', after: 'closed' }],
    ]);
  });

  it('keeps personal values of a new inquiry only in the event’s personal part', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const [event] = await listAuditTrail(db, inquiry.id);
    expect(JSON.stringify(event?.changes)).not.toContain('Musterfrau');
    expect(JSON.stringify(event?.changes)).not.toContain('clarithromycin');
    expect(JSON.stringify(event?.personal)).toContain('Musterfrau');
  });
});
