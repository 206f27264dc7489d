import type { OutboxEntry, SyncIssue, Timestamp } from '../../../../shared/schemas';
import type { MutationResult, ServerRecord } from '../../../../shared/sync';
import { createId } from '../../../../shared/domain';
import type { MedinfoDatabase } from '../db';
import { readMeta, writeMeta } from '../meta';
import { ConcurrentWriteError } from '../errors';
import { syncedTables } from '../synced-tables';
import {
  bumpWriteVersion,
  commitServerRecords,
  isPulledTable,
  isSnapshotCurrent,
  prepareServerRecords,
  readWriteVersion,
  serverWriteTables,
} from './store-server-record';
import type { PreparedServerRecord } from './store-server-record';

/** Preparations of one answer tried at most, when local writes keep getting in between. */
const MAX_ATTEMPTS = 5;

/**
 * Applies the answers of a push in ONE transaction, per mutation (docs/sync-protocol.md):
 * - applied: the row leaves the outbox; the record learns its serverRevision (and the server's
 *   copy when the answer carries one), and server facts such as a report's forwarding;
 * - rejected: the row leaves the outbox for the "needs attention" list; the record goes back to
 *   the server's copy when the answer carries one;
 * - conflict: the row leaves the outbox; the record takes the server's values, the device's
 *   values wait on the "needs attention" list for a person.
 * An answer for a row no longer in the outbox (a duplicate delivery) is ignored. Server copies
 * are prepared (personal parts encrypted) before the transaction; while the store is locked, an
 * answer whose copy has personal data leaves its row in the outbox, and the server answers it
 * again, from its log, after the next sign-in.
 * @returns how many outbox rows left the queue
 * @throws ConcurrentWriteError; Dexie's errors (nothing of the batch is recorded; the push is
 *   repeated, idempotently)
 */
export async function applyPushResults(
  db: MedinfoDatabase,
  results: readonly MutationResult[],
  now: Timestamp,
): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const version = await readWriteVersion(db);
    const entries = await db.outbox.bulkGet(results.map((result) => result.mutationId));
    const answered = new Set(
      entries.flatMap((entry) => (entry === undefined ? [] : [entry.mutationId])),
    );
    const copies = results.flatMap((result) =>
      answered.has(result.mutationId) && result.record !== undefined ? [result.record] : [],
    );
    const prepared = await prepareServerRecords(db, copies, now, answered);
    const deferred = new Set(
      prepared.flatMap((item, index) =>
        item.outcome === 'deferred' ? [copiesOwner(results, copies[index])] : [],
      ),
    );
    const removed = await db.transaction('rw', serverWriteTables(db), async () => {
      if (!(await isSnapshotCurrent(db, version))) return null;
      let count = 0;
      let copyIndex = 0;
      for (const result of results) {
        const entry = await db.outbox.get(result.mutationId);
        const hasCopy = answered.has(result.mutationId) && result.record !== undefined;
        const copy = hasCopy ? prepared[copyIndex] : undefined;
        if (hasCopy) copyIndex += 1;
        if (entry === undefined || deferred.has(result.mutationId)) continue;
        await db.outbox.delete(entry.mutationId);
        count += 1;
        await applyOne(db, entry, result, copy, now);
      }
      if (count > 0) {
        const pending = (await readMeta(db, 'pendingMutations')) ?? 0;
        await writeMeta(db, 'pendingMutations', Math.max(0, pending - count));
      }
      await bumpWriteVersion(db, version);
      return count;
    });
    if (removed !== null) return removed;
  }
  throw new ConcurrentWriteError('the answers of a push');
}

/** The mutation id whose answer carried `copy`. */
function copiesOwner(results: readonly MutationResult[], copy: ServerRecord | undefined): number {
  return results.find((result) => result.record === copy)?.mutationId ?? -1;
}

/**
 * Moves outbox rows that can never be sent to the "needs attention" list (see toMutation).
 * @throws Dexie's errors
 */
export async function setAsideUnsendable(
  db: MedinfoDatabase,
  entries: readonly { entry: OutboxEntry; problem: string }[],
  now: Timestamp,
): Promise<void> {
  if (entries.length === 0) return;
  await db.transaction('rw', [db.outbox, db.syncIssues, db.meta], async () => {
    for (const { entry, problem } of entries) {
      await db.outbox.delete(entry.mutationId);
      await db.syncIssues.add(rejection(entry, now, 'unsendable', problem));
    }
    const pending = (await readMeta(db, 'pendingMutations')) ?? 0;
    await writeMeta(db, 'pendingMutations', Math.max(0, pending - entries.length));
  });
}

async function applyOne(
  db: MedinfoDatabase,
  entry: OutboxEntry,
  result: MutationResult,
  copy: PreparedServerRecord | undefined,
  now: Timestamp,
): Promise<void> {
  const storeCopy = async (): Promise<void> => {
    if (copy !== undefined) await commitServerRecords(db, [copy], now);
  };
  if (result.status === 'applied') {
    if (copy !== undefined) await storeCopy();
    else await confirmRevision(db, entry, result.serverRevision, result.receivedAt);
    return;
  }
  if (result.status === 'rejected') {
    await db.syncIssues.add(rejection(entry, now, result.reason, result.message));
    await storeCopy();
    return;
  }
  await storeCopy();
  const issue: SyncIssue = {
    id: createId(),
    kind: 'conflict',
    table: entry.table,
    recordId: entry.recordId,
    createdAt: now,
    mutationId: entry.mutationId,
    serverRevision: result.serverRevision,
    conflicts: result.conflicts,
  };
  await db.syncIssues.add(issue);
}

/**
 * The server holds exactly what this row sent, at `revision`: the local record may use that
 * revision as its base (never lowering one a pull already brought), and takes the server's
 * facts (a report's forwarding). Only non-personal fields change, so the stored row is updated
 * as it is, without decrypting it.
 */
async function confirmRevision(
  db: MedinfoDatabase,
  entry: OutboxEntry,
  revision: number,
  receivedAt: Timestamp,
): Promise<void> {
  if (!isPulledTable(entry.table)) return;
  const rows = db.table<Record<string, unknown>, string>(entry.table);
  const row = await rows.get(entry.recordId);
  if (row === undefined) return;
  const stored = typeof row.serverRevision === 'number' ? row.serverRevision : 0;
  const confirmed = { ...row, serverRevision: Math.max(stored, revision) };
  const stamps = syncedTables[entry.table].serverStamps;
  await rows.put(stamps?.(confirmed, { serverReceivedAt: receivedAt }) ?? confirmed);
}

function rejection(entry: OutboxEntry, now: Timestamp, reason: string, message: string): SyncIssue {
  return {
    id: createId(),
    kind: 'rejected',
    table: entry.table,
    recordId: entry.recordId,
    createdAt: now,
    mutation: entry,
    reason,
    message,
  };
}
