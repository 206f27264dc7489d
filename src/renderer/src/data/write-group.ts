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
import type { CheckedChange } from './write-check';
import { checkSignatureLocks } from './signature-locks';
import { readSnapshot } from './write-snapshot';
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
  /**
   * Whether records may already exist (an import updating what it imported before): each is
   * then checked against its stored version, signed fields stay locked, and a record that
   * changes nothing is not written. Otherwise this path only creates.
   */
  mayUpdate?: boolean;
};

/** What a group write did with one record it was given. */
export type GroupOutcome = {
  table: SyncedTable;
  id: string;
  outcome: 'created' | 'updated' | 'unchanged';
};

/**
 * Writes records of several synced tables together with local work, all or nothing (the demo
 * seed: users, settings, products, documents and inquiries appear together or not at all; a
 * library bundle: products, documents and attachment bytes). `build` is called again when
 * another write got in first. Throws as `writeSynced`, and a RangeError when a record already
 * exists unless the group `mayUpdate`.
 */
export async function writeSyncedGroup(
  db: MedinfoDatabase,
  actor: Actor,
  extraTables: readonly Table[],
  build: () => Promise<SyncedGroup>,
): Promise<GroupOutcome[]> {
  if (Dexie.currentTransaction) throw new NestedWriteError();
  return queueWrite(db, () => attemptGroup(db, actor, extraTables, build));
}

async function attemptGroup(
  db: MedinfoDatabase,
  actor: Actor,
  extraTables: readonly Table[],
  build: () => Promise<SyncedGroup>,
): Promise<GroupOutcome[]> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const snapshotVersion = (await readMeta(db, 'writeVersion')) ?? 0;
    const group = await build();
    const checked: CheckedChange[] = [];
    for (const { table, records, operation } of group.writes) {
      const snapshot = await readSnapshot(
        db,
        table,
        records.map((record) => record.id),
      );
      if (!group.mayUpdate && snapshot.rows.some((row) => row !== undefined)) {
        throw new RangeError(`${table}: a record already exists`);
      }
      checked.push(
        ...records.map((record, index) =>
          checkChange(
            table,
            record,
            snapshot.current[index] ?? null,
            snapshot.rows[index],
            actor,
            operation,
          ),
        ),
      );
    }
    const changed = checked.filter(isChange);
    await checkSignatureLocks(db, changed, []);
    const sealingKey = await readMeta(db, 'serverSealingKey');
    const prepared = await prepareChanges(db, changed, sealingKey, actor);
    try {
      await commitPrepared(db, {
        snapshotVersion,
        prepared,
        actor,
        claim: group.alsoInTransaction,
        extraTables,
      });
      notifyCommitted(db, prepared);
      return checked.map((change) => ({
        table: change.table,
        id: change.after.id,
        outcome: change.before === null ? 'created' : isChange(change) ? 'updated' : 'unchanged',
      }));
    } catch (error) {
      if (!(error instanceof StaleSnapshotError)) throw error;
    }
  }
  throw new ConcurrentWriteError('several tables');
}
