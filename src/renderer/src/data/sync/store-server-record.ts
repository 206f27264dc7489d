import type { Table } from 'dexie';
import type { SyncIssue, SyncedTable, Timestamp } from '../../../../shared/schemas';
import { withWithheldReporterContact } from '../../../../shared/safety/day-zero';
import type { ServerRecord } from '../../../../shared/sync';
import { pendingFieldsOf, rebaseOnServer } from '../../../../shared/sync';
import { createId } from '../../../../shared/domain';
import type { MedinfoDatabase, RecordKeyRow } from '../db';
import { tableScopes } from '../db';
import { findKeyring } from '../crypto/keyring';
import { readMeta, writeMeta } from '../meta';
import { isPersonalTable } from '../personal-codec';
import { recordsFromRows } from '../read-records';
import { syncedTables } from '../synced-tables';
import type { SyncedRecordOf } from '../synced-tables';
import { prepareServerRows } from '../write-prepare';

/**
 * Writes the server's version of records into the local store: a pulled page, or the copies a
 * push answer carried. It is a server change, so no outbox row and no audit event are written
 * (the server's own audit is the record of it); the "pulled" marker is the record's row in
 * `recordSync`. Local changes not pushed yet stay on top (rebaseOnServer): a pull never
 * overwrites typing.
 *
 * Like a local write (decision 0011) it works in two steps: `prepareServerRecords` reads and
 * decrypts the local versions, merges, validates and encrypts the personal parts OUTSIDE any
 * transaction; `commitServerRecords` then stores them inside the caller's rw transaction over
 * serverWriteTables(db), which must first check with `isSnapshotCurrent` that no write came in
 * between (and bump the write version with `bumpWriteVersion`).
 */

/** What happened to one server record. */
export type StoreOutcome = 'stored' | 'kept-local' | 'skipped' | 'unreadable' | 'deferred';

/** The tables a transaction that stores server records must include. */
export function serverWriteTables(db: MedinfoDatabase): Table[] {
  return [
    ...pulledTableNames().map((name) => db.table(name)),
    db.recordKeys,
    db.outbox,
    db.recordSync,
    db.syncIssues,
    db.blobs,
    db.meta,
  ];
}

/** The tables a pull may write: the synced ones (no cache table exists today). */
export function pulledTableNames(): SyncedTable[] {
  return Object.entries(tableScopes).flatMap(([name, scope]) =>
    scope === 'synced' ? [name as SyncedTable] : [],
  ); // as: the filter keeps exactly the names whose scope makes them synced tables
}

/** Whether the server's table name is one this device stores. */
export function isPulledTable(name: string): name is SyncedTable {
  return (pulledTableNames() as readonly string[]).includes(name);
}

/** One server record, ready to store. */
export type PreparedServerRecord = {
  record: ServerRecord;
  outcome: StoreOutcome;
  row: Record<string, unknown> | null;
  newRecordKey: RecordKeyRow | null;
  /** Why the record cannot be stored here (outcome 'unreadable'). */
  problem: string | null;
};

type LooseRecord = Record<string, unknown> & { id: string; serverRevision: number | null };

/** The write version a preparation started from. */
export async function readWriteVersion(db: MedinfoDatabase): Promise<number> {
  return (await readMeta(db, 'writeVersion')) ?? 0;
}

/** Whether no synced write committed since `version` was read (inside the transaction). */
export async function isSnapshotCurrent(db: MedinfoDatabase, version: number): Promise<boolean> {
  return (await readWriteVersion(db)) === version;
}

/** Tells writes prepared before this transaction to prepare again (inside it). */
export async function bumpWriteVersion(db: MedinfoDatabase, version: number): Promise<void> {
  await writeMeta(db, 'writeVersion', version + 1);
}

/**
 * Prepares server records for the store (see the module comment). `leavingOutbox` names
 * mutation ids that leave the outbox in the same transaction (a push answer), so they no longer
 * count as local changes. A record of a table with personal data is 'deferred' while the store
 * is locked: its personal part can only be encrypted once someone signs in.
 * @throws Dexie's errors; WebCrypto's
 */
export async function prepareServerRecords(
  db: MedinfoDatabase,
  records: readonly ServerRecord[],
  at: Timestamp,
  leavingOutbox: ReadonlySet<number> = new Set(),
): Promise<PreparedServerRecord[]> {
  const isLocked = findKeyring(db) === null;
  const drafts = await Promise.all(
    records.map(async (record) => {
      if (!isPulledTable(record.table)) return skipped(record, 'skipped');
      if (isLocked && isPersonalTable(record.table)) return skipped(record, 'deferred');
      return draftOf(db, record.table, record, leavingOutbox);
    }),
  );
  const toEncrypt = drafts.flatMap((draft) => (draft.next === null ? [] : [draft]));
  const rows = await prepareServerRows(
    db,
    toEncrypt.map((draft) => ({
      table: draft.record.table as SyncedTable, // as: checked by isPulledTable above
      record: draft.next as SyncedRecordOf[SyncedTable], // as: parsed by the table's schema
      storedRow: draft.storedRow,
    })),
    at,
  );
  const prepared = new Map(toEncrypt.map((draft, index) => [draft, rows[index]]));
  return drafts.map((draft) => {
    const row = prepared.get(draft);
    return {
      record: draft.record,
      outcome: draft.outcome,
      row: row?.row ?? null,
      newRecordKey: row?.newRecordKey ?? null,
      problem: draft.problem,
    };
  });
}

type Draft = {
  record: ServerRecord;
  outcome: StoreOutcome;
  next: LooseRecord | null;
  storedRow: Record<string, unknown> | undefined;
  problem: string | null;
};

function skipped(record: ServerRecord, outcome: StoreOutcome): Draft {
  return { record, outcome, next: null, storedRow: undefined, problem: null };
}

async function draftOf(
  db: MedinfoDatabase,
  table: SyncedTable,
  record: ServerRecord,
  leavingOutbox: ReadonlySet<number>,
): Promise<Draft> {
  const storedRow = await db.table<Record<string, unknown>, string>(table).get(record.id);
  const [local] =
    storedRow === undefined ? [] : await recordsFromRows(db, table, [storedRow as never]); // as never: a row of `table`
  const localRecord = (local ?? null) as LooseRecord | null; // as: every record has id and serverRevision
  // A replayed push answer can be older than what a pull already brought.
  if (localRecord !== null && (localRecord.serverRevision ?? -1) > record.serverRevision) {
    return { ...skipped(record, 'kept-local'), storedRow };
  }
  const pending = (
    await db.outbox.where('[table+recordId]').equals([table, record.id]).toArray()
  ).filter((entry) => !leavingOutbox.has(entry.mutationId));
  const next = nextLocalVersion(record, localRecord, pending);
  if (next === null) return skipped(record, localRecord === null ? 'skipped' : 'kept-local');
  const stamps = { serverReceivedAt: record.serverReceivedAt };
  const stamped = syncedTables[table].serverStamps?.(next, stamps) ?? next;
  const complete = table === 'safetyReports' ? withWithheldReporterContact(stamped) : stamped;
  const parsed = syncedTables[table].schema.safeParse(complete);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const problem = `${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`;
    return { ...skipped(record, 'unreadable'), problem };
  }
  return {
    record,
    outcome: 'stored',
    next: parsed.data, // as: every record has id and serverRevision
    storedRow,
    problem: null,
  };
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
): LooseRecord | null {
  const hasPending = local !== null && pending.length > 0;
  const isDeletedHere = hasPending && pending.some((entry) => entry.operation === 'delete');
  if (record.data === null) {
    if (local === null || hasPending) return null;
    return { ...local, deleted: true, serverRevision: record.serverRevision };
  }
  if (!hasPending) {
    return { ...record.data, id: record.id, serverRevision: record.serverRevision, deleted: false };
  }
  const fields = pendingFieldsOf(pending);
  // Whole-record local changes (rows from before store version 6) keep the local copy and its
  // base: claiming the server's revision would let the next push overwrite what it has not seen.
  if (fields.isWholeRecord) return null;
  return {
    ...rebaseOnServer(record.data, local, fields.paths),
    id: record.id,
    serverRevision: record.serverRevision,
    deleted: isDeletedHere,
  };
}

/**
 * Stores prepared server records. Must run inside a rw transaction over serverWriteTables(db),
 * after `isSnapshotCurrent`. Records of one id later in the list win.
 * @returns the outcome of each record
 * @throws Dexie's errors (the caller's transaction aborts: nothing of it is kept)
 */
export async function commitServerRecords(
  db: MedinfoDatabase,
  prepared: readonly PreparedServerRecord[],
  now: Timestamp,
): Promise<StoreOutcome[]> {
  const outcomes: StoreOutcome[] = [];
  for (const item of prepared) outcomes.push(await commitOne(db, item, now));
  return outcomes;
}

async function commitOne(
  db: MedinfoDatabase,
  item: PreparedServerRecord,
  now: Timestamp,
): Promise<StoreOutcome> {
  const { record } = item;
  if (item.outcome === 'skipped' && !isPulledTable(record.table)) return 'skipped';
  if (item.outcome === 'deferred') return 'deferred';
  await markPulled(db, record, now);
  if (item.outcome === 'unreadable') {
    await noteUnreadable(db, record, now, item.problem ?? '');
    return 'unreadable';
  }
  if (item.row === null) return item.outcome;
  const rows = db.table<Record<string, unknown>, string>(record.table);
  const clash = await findUniqueClash(rows, item.row);
  if (clash !== null) {
    await noteUnreadable(db, record, now, `${clash} is already used by another record here`);
    return 'unreadable';
  }
  await rows.put(item.row);
  if (item.newRecordKey !== null) await db.recordKeys.put(item.newRecordKey);
  await clearUnreadable(db, record);
  return 'stored';
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
  candidate: Record<string, unknown>,
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
