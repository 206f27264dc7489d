import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  createInquiry,
  deleteInquiry,
  getInquiry,
  ImmutableFieldError,
  listAuditTrail,
  RecordNotFoundError,
  saveProduct,
  updateInquiry,
} from '../../../src/renderer/src/data';
import { writeSynced } from '../../../src/renderer/src/data/write-synced';
import { sampleInquiry, sampleProduct, sampleStoredInquiry, testIds } from '../shared/fixtures';
import { actorAt, openTestStore, writeFootprint } from './store-fixtures';

describe('one write path: record, outbox row and audit event together', () => {
  it('writes all three for a new inquiry, with the stamps of the actor', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    expect(await writeFootprint(db)).toEqual({ inquiries: 1, products: 0, outbox: 1, audit: 1 });
    expect(inquiry).toMatchObject({
      createdAt: '2026-03-02T10:00:00.000+01:00',
      createdBy: testIds.user,
      serverRevision: null,
      deleted: false,
    });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ table: 'inquiries', recordId: inquiry.id, operation: 'put' });
    // No server key yet: the queued record waits encrypted with its own key (decision 0014).
    expect(entry?.payload).toMatchObject({ localSealed: 'A256GCM' });
    expect(JSON.stringify(entry?.payload)).not.toContain('Musterfrau');
    const [event] = await db.audit.toArray();
    expect(event).toMatchObject({ action: 'create', table: 'inquiries', recordId: inquiry.id });
  });

  it('keeps nothing when the audit append fails mid-transaction', async () => {
    const db = await openTestStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    const before = await writeFootprint(db);
    // The record and the outbox row are already written in the transaction when this throws.
    db.audit.hook('creating', () => {
      throw new Error('disk full while appending the audit trail');
    });
    await expect(createInquiry(db, sampleInquiry(), actorAt())).rejects.toThrow('disk full');
    expect(await writeFootprint(db)).toEqual(before);
    expect((await db.meta.get('pendingMutations'))?.value).toBe(1);
  });

  it('keeps nothing when the record is invalid, and names the field', async () => {
    const db = await openTestStore();
    const invalid = sampleProduct({ brandName: ' ' });
    const error: unknown = await saveProduct(db, invalid, actorAt()).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.path).toEqual(['brandName']); // as: narrowed by the assertion above
    expect(await writeFootprint(db)).toEqual({ inquiries: 0, products: 0, outbox: 0, audit: 0 });
  });

  it('records an update with its before and after values, personal values apart', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    const personal = { ...created.personal, notes: 'Called back, left a message.' };
    await updateInquiry(
      db,
      created.id,
      { status: 'in-progress', personal },
      actorAt('2026-03-02T11:00:00.000+01:00', testIds.otherUser),
    );
    const events = await db.audit.orderBy('[deviceId+sequence]').toArray();
    expect(events[1]).toMatchObject({
      action: 'update',
      actorUserId: testIds.otherUser,
      changes: [{ field: 'status', before: 'open', after: 'in-progress' }],
      personal: { alg: 'A256GCM' },
    });
    expect(JSON.stringify(events[1])).not.toContain('Called back');
    const [, update] = await listAuditTrail(db, created.id);
    expect(update?.personal).toEqual({
      changes: [{ field: 'personal.notes', before: '', after: 'Called back, left a message.' }],
    });
    const stored = await getInquiry(db, created.id);
    expect(stored).toMatchObject({ createdBy: testIds.user, updatedBy: testIds.otherUser });
  });

  it('does not record a save that changes nothing', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    await updateInquiry(db, created.id, { status: 'open' }, actorAt('2026-03-02T12:00:00+01:00'));
    expect(await writeFootprint(db)).toMatchObject({ outbox: 1, audit: 1 });
  });

  it('never lets a write change the creation stamps or the printed reference', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    const later = actorAt('2026-03-05T10:00:00.000+01:00', testIds.otherUser);
    const { record } = await writeSynced(db, {
      table: 'inquiries',
      record: { ...created, createdAt: later.at, createdBy: testIds.otherUser, status: 'closed' },
      actor: later,
      operation: 'put',
    });
    expect(record).toMatchObject({ createdAt: created.createdAt, createdBy: testIds.user });
    const renumbered = { ...created, reference: 'MI-2026-AAA-000999' };
    await expect(
      writeSynced(db, { table: 'inquiries', record: renumbered, actor: later, operation: 'put' }),
    ).rejects.toBeInstanceOf(ImmutableFieldError);
  });

  it('deletes as a tombstone that is synced and audited', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    await deleteInquiry(db, created.id, actorAt('2026-03-03T10:00:00.000+01:00'));
    expect(await getInquiry(db, created.id)).toBeUndefined();
    expect((await db.inquiries.get(created.id))?.deleted).toBe(true);
    const last = await db.outbox.orderBy('mutationId').last();
    expect(last).toMatchObject({ operation: 'delete', recordId: created.id });
    const lastEvent = await db.audit.orderBy('[deviceId+sequence]').last();
    expect(lastEvent).toMatchObject({
      action: 'delete',
      changes: [{ field: 'deleted', before: false, after: true }],
    });
    await expect(deleteInquiry(db, created.id, actorAt())).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
  });
});

describe('outbox mutation ids', () => {
  it('increase strictly, without gaps, across concurrent writes to different tables', async () => {
    const db = await openTestStore();
    await Promise.all([
      ...Array.from({ length: 15 }, () => createInquiry(db, sampleInquiry(), actorAt())),
      ...Array.from({ length: 5 }, (_, index) =>
        saveProduct(
          db,
          sampleProduct({ id: `01930000-0000-7000-8000-00000000010${index}` }),
          actorAt(),
        ),
      ),
    ]);
    const ids = (await db.outbox.orderBy('mutationId').toArray()).map((entry) => entry.mutationId);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect((await db.meta.get('pendingMutations'))?.value).toBe(20);
  });

  it('are not reused after a failed write', async () => {
    const db = await openTestStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    await expect(saveProduct(db, sampleProduct({ brandName: '' }), actorAt())).rejects.toThrow();
    await saveProduct(db, sampleProduct(), actorAt());
    const ids = (await db.outbox.toArray()).map((entry) => entry.mutationId);
    expect(ids).toEqual([1, 2]);
  });
});

describe('what the outbox tells the server to merge by', () => {
  it('names every field of a new record and no base; a later edit names only what changed', async () => {
    const db = await openTestStore();
    const created = await createInquiry(db, sampleInquiry(), actorAt());
    await db.inquiries.update(created.id, { serverRevision: 17 });
    await updateInquiry(
      db,
      created.id,
      {
        status: 'answered',
        personal: { ...sampleStoredInquiry().personal, notes: 'Called back on Friday' },
      },
      actorAt('2026-03-03T10:00:00.000+01:00'),
    );
    const [first, second] = await db.outbox.toArray();
    expect(first?.baseRevision).toBeNull();
    expect(first?.changedFields).toEqual(
      expect.arrayContaining(['status', 'reference', 'createdAt', 'personal.requester']),
    );
    expect(first?.changedFields).not.toContain('serverRevision');
    expect(second?.baseRevision).toBe(17);
    // updatedAt changes on every write: naming it would make two edits of different fields clash.
    expect(second?.changedFields).toEqual(['personal.notes', 'status']);
  });

  it('queues a conflict resolution even when the chosen values equal the stored ones', async () => {
    const db = await openTestStore();
    const product = sampleProduct();
    await saveProduct(db, product, actorAt());
    const before = await writeFootprint(db);
    const resolution = '0193aaaa-0000-7000-8000-000000000001';
    const receipt = await writeSynced(db, {
      table: 'products',
      record: { ...product },
      actor: actorAt(),
      operation: 'put',
      resolvesConflicts: [resolution],
    });
    expect(receipt.mutationId).not.toBeNull();
    expect(receipt.auditSequence).toBeNull();
    expect(await writeFootprint(db)).toEqual({ ...before, outbox: before.outbox + 1 });
    const last = (await db.outbox.toArray()).at(-1);
    expect(last).toMatchObject({ resolvesConflicts: [resolution], changedFields: [] });
  });
});
