import type { Table } from 'dexie';
import type { MedinfoDatabase } from './db';
import { appendAuditEvents, requireDeviceIdentity } from './audit-log';
import { readMeta, writeMeta } from './meta';
import { changedFieldPaths } from '../../../shared/sync';
import { appendOutboxEntries } from './outbox-queue';
import type { OutboxDraft } from './outbox-queue';
import { syncedTables } from './synced-tables';
import type { PreparedChange } from './write-prepare';
import type { Actor } from './write-synced';

/** Another write committed after this one was prepared: prepare again. */
export class StaleSnapshotError extends Error {
  override name = 'StaleSnapshotError';
}

export type CommitRequest = {
  snapshotVersion: number;
  prepared: readonly PreparedChange[];
  actor: Actor;
  /** Runs inside the transaction first, e.g. to claim reserved reference numbers. */
  claim?: (() => Promise<void>) | undefined;
  /** Further tables `claim` writes (local tables written in the same transaction). */
  extraTables?: readonly Table[];
};

/**
 * The transaction of a write: nothing in it awaits anything but IndexedDB, so it cannot
 * auto-commit half-way (decision 0003, 0011). Record rows, new record keys, outbox rows and
 * audit events — hashed over the ciphertext, synchronously — commit together or not at all.
 * Returns the mutation id and audit sequence of each record. Throws StaleSnapshotError when the
 * write version moved since the preparation.
 */
export async function commitPrepared(
  db: MedinfoDatabase,
  request: CommitRequest,
): Promise<Map<string, { mutationId: number | null; auditSequence: number | null }>> {
  const { prepared, actor } = request;
  const names = new Set([
    ...prepared.map((change) => change.table),
    ...(request.extraTables ?? []).map((table) => table.name),
    'recordKeys',
    'outbox',
    'audit',
    'meta',
  ]);
  return db.transaction(
    'rw',
    [...names].map((name) => db.table(name)),
    async () => {
      const version = (await readMeta(db, 'writeVersion')) ?? 0;
      if (version !== request.snapshotVersion) throw new StaleSnapshotError('The store changed');
      const device = await requireDeviceIdentity(db);
      await request.claim?.();
      await putRows(db, prepared);
      const keys = prepared.flatMap((change) => (change.newRecordKey ? [change.newRecordKey] : []));
      if (keys.length > 0) await db.recordKeys.bulkAdd(keys);
      const outbox = await appendOutboxEntries(db, device, actor.at, prepared.map(outboxDraftOf));
      const audited = prepared.filter((change) => change.isAudited);
      const audit = await appendAuditEvents(
        db,
        device,
        actor,
        audited.map((change) => ({
          id: change.auditEventId,
          action: change.action,
          table: change.table,
          recordId: change.after.id,
          changes: change.changes,
          personal: change.auditPersonal,
        })),
      );
      await writeMeta(db, 'writeVersion', version + 1);
      const sequences = new Map(
        audited.map((change, index) => [change.after.id, audit[index]?.sequence ?? null]),
      );
      return new Map(
        prepared.map((change, index) => [
          change.after.id,
          {
            mutationId: outbox[index]?.mutationId ?? null,
            auditSequence: sequences.get(change.after.id) ?? null,
          },
        ]),
      );
    },
  );
}

/**
 * The outbox row of a change, with what the server merges by (docs/sync-protocol.md,
 * Conflicts): the revision the change started from and the field paths it changed.
 */
function outboxDraftOf(change: PreparedChange): OutboxDraft {
  const { table, after, before, operation, resolvesConflicts } = change;
  return {
    table,
    recordId: after.id,
    operation,
    payload: change.outboxPayload,
    priority: syncedTables[table].priorityOf(after as never), // as never: the definition of the change's own table
    baseRevision: before?.serverRevision ?? null,
    ...(operation === 'delete' ? {} : { changedFields: changedFieldPaths(before, after) }),
    ...(resolvesConflicts !== undefined && resolvesConflicts.length > 0
      ? { resolvesConflicts: [...resolvesConflicts] }
      : {}),
  };
}

async function putRows(db: MedinfoDatabase, prepared: readonly PreparedChange[]): Promise<void> {
  const byTable = new Map<string, Record<string, unknown>[]>();
  for (const change of prepared) {
    const rows = byTable.get(change.table) ?? [];
    rows.push(change.row);
    byTable.set(change.table, rows);
  }
  for (const [table, rows] of byTable) {
    await db.table<Record<string, unknown>, string>(table).bulkPut(rows);
  }
}
