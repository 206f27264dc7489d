import type { OutboxEntry, SyncIssue, Timestamp } from '../../../../shared/schemas';
import type { MutationResult } from '../../../../shared/sync';
import { createId } from '../../../../shared/domain';
import type { MedinfoDatabase } from '../db';
import { readMeta, writeMeta } from '../meta';
import { pulledTableDefinition } from '../synced-tables';
import { isPulledTable, serverWriteTables, storeServerRecord } from './store-server-record';

/**
 * Applies the answers of a push in ONE transaction, per mutation (docs/sync-protocol.md):
 * - applied: the row leaves the outbox; the record learns its serverRevision (and the server's
 *   copy when the answer carries one), and server stamps such as a report's forwardedAt;
 * - rejected: the row leaves the outbox for the "needs attention" list; the record goes back to
 *   the server's copy when the answer carries one;
 * - conflict: the row leaves the outbox; the record takes the server's values, the device's
 *   values wait on the "needs attention" list for a person.
 * An answer for a row no longer in the outbox (a duplicate delivery) is ignored.
 * @returns how many outbox rows left the queue
 * @throws Dexie's errors (nothing of the batch is recorded; the push is repeated, idempotently)
 */
export async function applyPushResults(
  db: MedinfoDatabase,
  results: readonly MutationResult[],
  now: Timestamp,
): Promise<number> {
  return db.transaction('rw', serverWriteTables(db), async () => {
    let removed = 0;
    for (const result of results) {
      const entry = await db.outbox.get(result.mutationId);
      if (entry === undefined) continue;
      await db.outbox.delete(entry.mutationId);
      removed += 1;
      await applyOne(db, entry, result, now);
    }
    if (removed > 0) {
      const pending = (await readMeta(db, 'pendingMutations')) ?? 0;
      await writeMeta(db, 'pendingMutations', Math.max(0, pending - removed));
    }
    return removed;
  });
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
  now: Timestamp,
): Promise<void> {
  if (result.status === 'applied') {
    if (result.record !== undefined) await storeServerRecord(db, result.record, now);
    else await confirmRevision(db, entry, result.serverRevision, result.receivedAt);
    return;
  }
  if (result.status === 'rejected') {
    await db.syncIssues.add(rejection(entry, now, result.reason, result.message));
    if (result.record !== undefined) await storeServerRecord(db, result.record, now);
    return;
  }
  await storeServerRecord(db, result.record, now);
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
 * revision as its base (never lowering one a pull already brought).
 */
async function confirmRevision(
  db: MedinfoDatabase,
  entry: OutboxEntry,
  revision: number,
  receivedAt: Timestamp,
): Promise<void> {
  if (!isPulledTable(entry.table)) return;
  const definition = pulledTableDefinition(entry.table);
  const rows = db.table<Record<string, unknown>, string>(entry.table);
  const row = await rows.get(entry.recordId);
  if (row === undefined) return;
  const local = definition.fromRow(row);
  const confirmed = { ...local, serverRevision: Math.max(local.serverRevision ?? 0, revision) };
  const stamped =
    definition.applyServerStamps?.(confirmed, { serverReceivedAt: receivedAt }) ?? confirmed;
  const parsed = definition.schema.safeParse(stamped);
  // A local copy this version cannot read stays as it is: the next pull replaces it.
  if (parsed.success) await rows.put(definition.toRow(parsed.data));
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
