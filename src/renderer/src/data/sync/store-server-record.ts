import type { Table } from 'dexie';
import type { BlobReference, SyncIssue, Timestamp } from '../../../../shared/schemas';
import type { ServerRecord } from '../../../../shared/sync';
import { pendingFieldsOf, rebaseOnServer } from '../../../../shared/sync';
import { createId } from '../../../../shared/domain';
import type { MedinfoDatabase, PulledTable } from '../db';
import { tableScopes } from '../db';
import type { AnyStoredRecord } from '../synced-tables';
import { pulledTableDefinition } from '../synced-tables';

/**
 * Writes the server's version of a record into the local store: a pulled row, or the copy a
 * push result carried. It is a server change, so no outbox row and no audit event are written
 * (the server's own audit is the record of it); the "pulled" marker is the record's row in
 * `recordSync`. Local changes not pushed yet stay on top (rebaseOnServer): a pull never
 * overwrites typing. Must run inside a rw transaction over serverWriteTables(db).
 */

/** What happened to one server record. */
export type StoreOutcome = 'stored' | 'kept-local' | 'skipped' | 'unreadable';

/** The tables a transaction that stores server records must include. */
export function serverWriteTables(db: MedinfoDatabase): Table[] {
  return [
    ...pulledTableNames().map((name) => db.table(name)),
    db.outbox,
    db.recordSync,
    db.syncIssues,
    db.blobs,
    db.meta,
  ];
}

/** The tables a pull may write (synced and cache scopes). */
export function pulledTableNames(): PulledTable[] {
  return Object.entries(tableScopes).flatMap(([name, scope]) =>
    scope === 'synced' || scope === 'cache' ? [name as PulledTable] : [],
  ); // as: the filter keeps exactly the names whose scope makes them PulledTable
}

/** Whether the server's table name is one this device stores. */
export function isPulledTable(name: string): name is PulledTable {
  return (pulledTableNames() as readonly string[]).includes(name);
}

type LooseRecord = AnyStoredRecord;

/**
 * Stores one server record (see the module comment).
 * @throws Dexie's errors (the caller's transaction aborts: nothing of its page is kept)
 */
export async function storeServerRecord(
  db: MedinfoDatabase,
  record: ServerRecord,
  now: Timestamp,
): Promise<StoreOutcome> {
  if (!isPulledTable(record.table)) return 'skipped';
  const definition = pulledTableDefinition(record.table);
  const rows = db.table<Record<string, unknown>, string>(record.table);
  const row = await rows.get(record.id);
  const local = row === undefined ? null : definition.fromRow(row);
  await markPulled(db, record, now);
  // A replayed push answer can be older than what a pull already brought.
  if (local !== null && (local.serverRevision ?? -1) > record.serverRevision) return 'kept-local';
  const pending = await db.outbox
    .where('[table+recordId]')
    .equals([record.table, record.id])
    .toArray();
  const next = nextLocalVersion(record, local, pending);
  if (next === null) return local === null ? 'skipped' : 'kept-local';
  const stamps = { serverReceivedAt: record.serverReceivedAt };
  const stamped = definition.applyServerStamps?.(next as LooseRecord, stamps) ?? next; // as: checked by the schema right below
  const parsed = definition.schema.safeParse(stamped);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    await noteUnreadable(
      db,
      record,
      now,
      `${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`,
    );
    return 'unreadable';
  }
  const clash = await findUniqueClash(rows, parsed.data);
  if (clash !== null) {
    await noteUnreadable(db, record, now, `${clash} is already used by another record here`);
    return 'unreadable';
  }
  await rows.put(definition.toRow(parsed.data));
  await clearUnreadable(db, record);
  await wantBlobs(db, definition.blobReferences?.(parsed.data) ?? [], now);
  return 'stored';
}

/**
 * The local version after the server's: the server's data with unpushed local fields on top,
 * or null to keep the local copy as it is (a tombstone of a record never held, local changes
 * that replace the whole record).
 */
function nextLocalVersion(
  record: ServerRecord,
  local: LooseRecord | null,
  pending: readonly { operation: 'put' | 'delete'; changedFields?: string[] | undefined }[],
): Record<string, unknown> | null {
  const hasPending = local !== null && pending.length > 0;
  const isDeletedHere = hasPending && pending.some((entry) => entry.operation === 'delete');
  if (record.data === null) {
    if (local === null || hasPending) return null;
    return { ...local, deleted: true, serverRevision: record.serverRevision };
  }
  if (!hasPending) return { ...record.data, serverRevision: record.serverRevision, deleted: false };
  const fields = pendingFieldsOf(pending);
  // Whole-record local changes (rows from before store version 6) keep the local copy and its
  // base: claiming the server's revision would let the next push overwrite what it has not seen.
  if (fields.isWholeRecord) return null;
  return {
    ...rebaseOnServer(record.data, local, fields.paths),
    serverRevision: record.serverRevision,
    deleted: isDeletedHere,
  };
}

async function markPulled(
  db: MedinfoDatabase,
  record: ServerRecord,
  now: Timestamp,
): Promise<void> {
  await db.recordSync.put({
    table: record.table,
    id: record.id,
    serverRevision: record.serverRevision,
    ownerUserId: record.ownerUserId,
    hasConflict: record.hasConflict,
    serverReceivedAt: record.serverReceivedAt,
    pulledAt: now,
  });
}

/** The name of a unique index whose value another row already holds, or null. */
async function findUniqueClash(
  rows: Table<Record<string, unknown>, string>,
  candidate: LooseRecord,
): Promise<string | null> {
  for (const index of rows.schema.indexes) {
    if (!index.unique || typeof index.keyPath !== 'string') continue;
    const value = candidate[index.keyPath];
    if (value === undefined || value === null) continue;
    const holder = await rows
      .where(index.keyPath)
      .equals(value as string)
      .first();
    if (holder !== undefined && holder.id !== candidate.id) return index.keyPath;
  }
  return null;
}

async function noteUnreadable(
  db: MedinfoDatabase,
  record: ServerRecord,
  now: Timestamp,
  message: string,
): Promise<void> {
  await clearUnreadable(db, record);
  const issue: SyncIssue = {
    id: createId(),
    kind: 'unreadable',
    table: record.table,
    recordId: record.id,
    createdAt: now,
    serverRevision: record.serverRevision,
    message,
  };
  await db.syncIssues.add(issue);
}

async function clearUnreadable(db: MedinfoDatabase, record: ServerRecord): Promise<void> {
  await db.syncIssues
    .where('[table+recordId]')
    .equals([record.table, record.id])
    .filter((issue) => issue.kind === 'unreadable')
    .delete();
}

/** Asks for the bytes of every blob a record refers to that this device lacks. */
async function wantBlobs(
  db: MedinfoDatabase,
  references: readonly BlobReference[],
  now: Timestamp,
): Promise<void> {
  for (const reference of references) {
    if ((await db.blobs.get(reference.sha256)) !== undefined) continue;
    await db.blobs.put({ ...reference, state: 'wanted', bytes: new Uint8Array(0), updatedAt: now });
  }
}
