import type { AuditChange, OutboxOperation, SyncedTable } from '../../../shared/schemas';
import { diffRecords } from '../../../shared/domain';
import { ImmutableFieldError, RecordNotFoundError } from './errors';
import { syncedTables } from './synced-tables';
import type { SyncedRecordOf } from './synced-tables';
import type { Actor } from './write-synced';

type AnyRecord = SyncedRecordOf[SyncedTable];

/** A record change, validated and diffed, before anything is encrypted. */
export type CheckedChange = {
  table: SyncedTable;
  operation: OutboxOperation;
  before: AnyRecord | null;
  after: AnyRecord;
  changes: AuditChange[];
  personalChanges: AuditChange[];
  /** The stored row the change starts from (its encrypted personal part may be reused). */
  storedRow: Record<string, unknown> | undefined;
  /**
   * Server conflicts a person settled with this change (the resolution screen): it is queued
   * even when nothing changed, because the server must learn the decision.
   */
  resolvesConflicts?: readonly string[];
};

/**
 * The record as it will be stored: creation fields and server revision kept from the stored
 * version (Part 11: who created a record and when never changes), update fields from the actor.
 */
export function stamp<TRecord extends AnyRecord>(
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

/** Stamps, validates (zod) and diffs one change. Throws as `writeSynced` documents. */
export function checkChange(
  table: SyncedTable,
  record: AnyRecord,
  before: AnyRecord | null,
  storedRow: Record<string, unknown> | undefined,
  actor: Actor,
  operation: OutboxOperation,
): CheckedChange {
  const schema = syncedTables[table].schema;
  const after = schema.parse(stamp(table, record, before, actor, operation));
  return { table, operation, before, after, storedRow, ...diffRecords(before, after) };
}

/** Whether a checked change changes anything (a new record always does). */
export function isChange(change: CheckedChange): boolean {
  return change.before === null || change.changes.length > 0 || change.personalChanges.length > 0;
}

/** Whether a checked change must be queued: it changes something or settles a conflict. */
export function isQueued(change: CheckedChange): boolean {
  return isChange(change) || (change.resolvesConflicts ?? []).length > 0;
}
