import type {
  DeviceIdentity,
  OutboxEntry,
  OutboxOperation,
  OutboxPriority,
  SyncedTable,
  Timestamp,
} from '../../../shared/schemas';
import { toJsonValue } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { readMeta, writeMeta } from './meta';

/** One mutation to enqueue, before it is numbered. */
export type OutboxDraft = {
  table: SyncedTable;
  recordId: string;
  operation: OutboxOperation;
  payload: unknown;
  priority: OutboxPriority;
  /** The record's serverRevision before this write; null when the server never confirmed it. */
  baseRevision: number | null;
  /** Field paths this write changed (every path of a new record); absent for a delete. */
  changedFields?: string[];
  /** Server conflicts a person settled with this write. */
  resolvesConflicts?: string[];
};

/**
 * Appends outbox rows with the next mutation ids (strictly increasing per device) and keeps the
 * pending count, so the status bar never counts the table. Must run inside the caller's rw
 * transaction over `outbox` and `meta`. Throws a TypeError when a payload is not JSON.
 */
export async function appendOutboxEntries(
  db: MedinfoDatabase,
  device: DeviceIdentity,
  createdAt: Timestamp,
  drafts: readonly OutboxDraft[],
): Promise<OutboxEntry[]> {
  if (drafts.length === 0) return [];
  const lastMutationId = (await readMeta(db, 'lastMutationId')) ?? 0;
  const entries = drafts.map((draft, index): OutboxEntry => ({
    mutationId: lastMutationId + index + 1,
    clientId: device.deviceId,
    table: draft.table,
    recordId: draft.recordId,
    operation: draft.operation,
    // A copy: the payload must be the record as written, whatever the caller does next.
    payload: toJsonValue(draft.payload),
    priority: draft.priority,
    createdAt,
    baseRevision: draft.baseRevision,
    ...(draft.changedFields === undefined ? {} : { changedFields: draft.changedFields }),
    ...(draft.resolvesConflicts === undefined
      ? {}
      : { resolvesConflicts: draft.resolvesConflicts }),
  }));
  await db.outbox.bulkAdd(entries);
  const pending = (await readMeta(db, 'pendingMutations')) ?? 0;
  await writeMeta(db, 'lastMutationId', lastMutationId + entries.length);
  await writeMeta(db, 'pendingMutations', pending + entries.length);
  return entries;
}

/** The next mutations to push: safety first, then in mutation order. */
export async function listPendingMutations(
  db: MedinfoDatabase,
  limit: number,
): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('[priority+mutationId]').limit(limit).toArray();
}

/**
 * Removes mutations the server has acknowledged and lowers the pending count in the same
 * transaction. Ids that are not (or no longer) in the outbox are ignored, so a repeated
 * acknowledgement is harmless (at-least-once delivery).
 */
export async function acknowledgeMutations(
  db: MedinfoDatabase,
  mutationIds: readonly number[],
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const present = await db.outbox.bulkGet([...new Set(mutationIds)]);
    const keys = present.flatMap((entry) => (entry ? [entry.mutationId] : []));
    if (keys.length === 0) return;
    await db.outbox.bulkDelete(keys);
    const pending = (await readMeta(db, 'pendingMutations')) ?? 0;
    await writeMeta(db, 'pendingMutations', Math.max(0, pending - keys.length));
  });
}
