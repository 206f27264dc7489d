import type { SyncedTable } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import type { SyncedRecordOf } from './synced-tables';

/** A committed change as listeners see it: the record after the write, decrypted. */
export type CommittedChange = { table: SyncedTable; after: SyncedRecordOf[SyncedTable] };

type Listener = (changes: readonly CommittedChange[]) => void;

const listeners = new WeakMap<MedinfoDatabase, Set<Listener>>();

/**
 * Calls `listener` after every committed synced write to `db`, with the decrypted records: the
 * in-memory personal search index stays current without reading the store again.
 */
export function onCommitted(db: MedinfoDatabase, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set();
  set.add(listener);
  listeners.set(db, set);
  return () => set.delete(listener);
}

/** Tells the listeners of `db` about committed changes. */
export function notifyCommitted(
  db: MedinfoDatabase,
  changes: readonly { table: SyncedTable; after: SyncedRecordOf[SyncedTable] }[],
): void {
  const committed = changes.map(({ table, after }) => ({ table, after }));
  for (const listener of listeners.get(db) ?? []) listener(committed);
}

type PurgeListener = (table: SyncedTable, recordId: string) => void;

const purgeListeners = new WeakMap<MedinfoDatabase, Set<PurgeListener>>();

/** Calls `listener` when a record's personal data is purged from `db`. */
export function onPurged(db: MedinfoDatabase, listener: PurgeListener): () => void {
  const set = purgeListeners.get(db) ?? new Set();
  set.add(listener);
  purgeListeners.set(db, set);
  return () => set.delete(listener);
}

/** Tells the listeners of `db` that a record's personal data was purged. */
export function notifyPurged(db: MedinfoDatabase, table: SyncedTable, recordId: string): void {
  for (const listener of purgeListeners.get(db) ?? []) listener(table, recordId);
}
