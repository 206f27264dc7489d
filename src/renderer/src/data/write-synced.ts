import type { Id, OutboxOperation, SyncedTable, Timestamp } from '../../../shared/schemas';
import { diffRecords } from '../../../shared/domain';
import { changedFieldPaths } from '../../../shared/sync';
import type { MedinfoDatabase } from './db';
import { ImmutableFieldError, RecordNotFoundError } from './errors';
import { appendAuditEvents, requireDeviceIdentity } from './audit-log';
import type { AuditEntryDraft } from './audit-log';
import { appendOutboxEntries } from './outbox-queue';
import { syncedTables } from './synced-tables';
import type { SyncedRecordOf, SyncedRowOf } from './synced-tables';

/**
 * Who writes, and when by the device clock. Passed in rather than read here so the write path
 * stays deterministic in tests; `createActor()` makes one from the current time.
 */
export type Actor = { userId: Id; at: Timestamp };

export type SyncedWrite<T extends SyncedTable> = {
  table: T;
  record: SyncedRecordOf[T];
  actor: Actor;
  /** `put` creates or updates; `delete` writes a tombstone (sync never hard-deletes). */
  operation: OutboxOperation;
  /**
   * Server conflicts this write settles (the resolution screen). The write is queued even when
   * the record does not change, because the server must learn the decision.
   */
  resolvesConflicts?: readonly string[];
};

export type SyncedBatchWrite<T extends SyncedTable> = Omit<SyncedWrite<T>, 'record'> & {
  records: readonly SyncedRecordOf[T][];
};

/** What a write did. `mutationId` and `auditSequence` are null when nothing changed. */
export type WriteReceipt<T extends SyncedTable> = {
  record: SyncedRecordOf[T];
  mutationId: number | null;
  auditSequence: number | null;
};

/**
 * THE write path of every synced table: in one Dexie rw transaction it validates and stores the
 * record, appends an outbox row with the next mutation id and appends a hash-chained audit event
 * with the before/after diff. If any step fails, none of them is kept (docs/decisions/0003).
 * The store stamps `updatedAt`/`updatedBy` from the actor and keeps `createdAt`, `createdBy` and
 * `serverRevision` of the stored version. A write that changes nothing is not recorded.
 *
 * Throws a ZodError when the record is invalid, RecordNotFoundError when deleting a record that
 * does not exist, ImmutableFieldError when the reference would change, StoreNotOpenError when
 * the store has no device identity, and Dexie's errors (e.g. a duplicate reference:
 * ConstraintError) when IndexedDB refuses the write.
 */
export async function writeSynced<T extends SyncedTable>(
  db: MedinfoDatabase,
  write: SyncedWrite<T>,
): Promise<WriteReceipt<T>> {
  const { record, ...rest } = write;
  const [receipt] = await writeSyncedBatch(db, { ...rest, records: [record] });
  if (!receipt) throw new Error('writeSyncedBatch returned no receipt for one record');
  return receipt;
}

/**
 * `writeSynced` for many records in ONE transaction: still one outbox row and one audit event
 * per changed record, written in bulk. All or nothing. Throws as `writeSynced`, and a
 * RangeError when the same id appears twice in one batch.
 */
export async function writeSyncedBatch<T extends SyncedTable>(
  db: MedinfoDatabase,
  write: SyncedBatchWrite<T>,
): Promise<WriteReceipt<T>[]> {
  const { table, records, actor, operation, resolvesConflicts } = write;
  const ids = records.map((record) => record.id);
  if (new Set(ids).size !== ids.length) {
    throw new RangeError(`A batch for ${table} names the same record twice`);
  }
  const definition = syncedTables[table];
  const rows = db.table<SyncedRowOf[T], string>(table);
  return db.transaction('rw', [rows, db.outbox, db.audit, db.meta], async () => {
    const device = await requireDeviceIdentity(db);
    const storedRows = await rows.bulkGet(ids);
    const prepared = records.map((record, index) => {
      const storedRow = storedRows[index];
      const before = storedRow === undefined ? null : definition.fromRow(storedRow);
      const after = definition.schema.parse(stamp(table, record, before, actor, operation));
      return { before, after, ...diffRecords(before, after) };
    });
    const isResolution = resolvesConflicts !== undefined && resolvesConflicts.length > 0;
    const changed = prepared.filter(
      (entry) =>
        isResolution ||
        entry.before === null ||
        entry.changes.length > 0 ||
        entry.personalChanges.length > 0,
    );
    // Record, then outbox, then audit: if the audit append fails, the two earlier writes are
    // rolled back with the transaction (the atomicity test injects exactly that failure).
    await rows.bulkPut(changed.map(({ after }) => definition.toRow(after)));
    const outbox = await appendOutboxEntries(
      db,
      device,
      actor.at,
      changed.map(({ before, after }) => ({
        table,
        recordId: after.id,
        operation,
        payload: after,
        priority: definition.priorityOf(after),
        // What the server merges by (docs/sync-protocol.md, Conflicts): the version this
        // change started from and the fields it changed.
        baseRevision: before?.serverRevision ?? null,
        ...(operation === 'delete' ? {} : { changedFields: changedFieldPaths(before, after) }),
        ...(isResolution ? { resolvesConflicts: [...resolvesConflicts] } : {}),
      })),
    );
    // A resolution that kept the stored values changes nothing to audit.
    const audited = changed.filter(
      (entry) => entry.before === null || entry.changes.length + entry.personalChanges.length > 0,
    );
    const audit = await appendAuditEvents(
      db,
      device,
      actor,
      audited.map(({ before, after, changes, personalChanges }): AuditEntryDraft => ({
        action: before === null ? 'create' : operation === 'delete' ? 'delete' : 'update',
        table,
        recordId: after.id,
        changes,
        personalChanges,
      })),
    );
    const auditSequences = new Map(
      audited.map(({ after }, index) => [after.id, audit[index]?.sequence ?? null]),
    );
    const receipts = new Map(
      changed.map(({ after }, index) => [
        after.id,
        {
          mutationId: outbox[index]?.mutationId ?? null,
          auditSequence: auditSequences.get(after.id) ?? null,
        },
      ]),
    );
    return prepared.map(({ after }) => ({
      record: after,
      mutationId: receipts.get(after.id)?.mutationId ?? null,
      auditSequence: receipts.get(after.id)?.auditSequence ?? null,
    }));
  });
}

/**
 * The record as it will be stored: creation fields and server revision kept from the stored
 * version (Part 11: who created a record and when never changes), update fields from the actor.
 */
function stamp<TRecord extends SyncedRecordOf[SyncedTable]>(
  table: SyncedTable,
  record: TRecord,
  before: TRecord | null,
  actor: Actor,
  operation: OutboxOperation,
): TRecord {
  if (before === null && operation === 'delete') throw new RecordNotFoundError(table, record.id);
  if (before !== null && before.reference !== undefined && record.reference !== before.reference) {
    throw new ImmutableFieldError(table, record.id, 'reference');
  }
  return {
    ...record,
    createdAt: before?.createdAt ?? actor.at,
    createdBy: before?.createdBy ?? actor.userId,
    updatedAt: actor.at,
    updatedBy: actor.userId,
    serverRevision: before === null ? null : before.serverRevision,
    deleted: operation === 'delete',
  };
}
