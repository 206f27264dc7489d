import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { OutboxOperation, SyncedTable } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { ConcurrentWriteError, NestedWriteError } from './errors';
import { readMeta } from './meta';
import { notifyCommitted } from './write-listeners';
import { queueWrite } from './write-queue';
import { commitPrepared, StaleSnapshotError } from './write-commit';
import { checkChange, isChange } from './write-check';
import { prepareChanges } from './write-prepare';
import type { SyncedRecordOf } from './synced-tables';
import type { Actor } from './write-synced';

/** New records of several tables, and local work, to commit in ONE transaction. */
export type SyncedGroup = {
  writes: readonly {
    table: SyncedTable;
    records: readonly SyncedRecordOf[SyncedTable][];
    operation: OutboxOperation;
  }[];
  /** Runs inside the transaction before the records are written: local tables, counters. */
  alsoInTransaction?: () => Promise<void>;
};

/**
 * Writes NEW records of several synced tables together with local work, all or nothing (the
 * demo seed: users, settings, products, documents and inquiries appear together or not at all).
 * `build` is called again when another write got in first. Throws as `writeSynced`, and a
 * RangeError when a record already exists (this path only creates).
 */
export async function writeSyncedGroup(
  db: MedinfoDatabase,
  actor: Actor,
  extraTables: readonly Table[],
  build: () => Promise<SyncedGroup>,
): Promise<void> {
  if (Dexie.currentTransaction) throw new NestedWriteError();
  await queueWrite(db, () => attemptGroup(db, actor, extraTables, build));
}

async function attemptGroup(
  db: MedinfoDatabase,
  actor: Actor,
  extraTables: readonly Table[],
  build: () => Promise<SyncedGroup>,
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const snapshotVersion = (await readMeta(db, 'writeVersion')) ?? 0;
    const group = await build();
    const checked = group.writes.flatMap(({ table, records, operation }) =>
      records.map((record) => checkChange(table, record, null, undefined, actor, operation)),
    );
    for (const { table, records } of group.writes) {
      const stored = await db.table(table).bulkGet(records.map((record) => record.id));
      if (stored.some((row) => row !== undefined))
        throw new RangeError(`${table}: a record already exists`);
    }
    const sealingKey = await readMeta(db, 'serverSealingKey');
    const prepared = await prepareChanges(db, checked.filter(isChange), sealingKey, actor);
    try {
      await commitPrepared(db, {
        snapshotVersion,
        prepared,
        actor,
        claim: group.alsoInTransaction,
        extraTables,
      });
      notifyCommitted(db, prepared);
      return;
    } catch (error) {
      if (!(error instanceof StaleSnapshotError)) throw error;
    }
  }
  throw new ConcurrentWriteError('several tables');
}
