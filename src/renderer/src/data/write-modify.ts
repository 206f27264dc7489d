import type { Id, SyncedTable } from '../../../shared/schemas';
import { RecordNotFoundError } from './errors';
import type { SyncedRecordOf } from './synced-tables';
import { commitSynced } from './write-synced';
import type { Actor } from './write-synced';

/**
 * Changes one stored record through the synced write path: `change` gets the current version
 * and returns the new one. When another write gets in first, `change` runs again on the newer
 * version, so neither change is lost — keep it free of side effects. Throws
 * RecordNotFoundError when the record does not exist or is deleted, whatever `change` throws,
 * and as `writeSynced`.
 */
export async function modifySynced<T extends SyncedTable>(
  db: Parameters<typeof commitSynced>[0],
  table: T,
  id: Id,
  actor: Actor,
  change: (current: SyncedRecordOf[T]) => SyncedRecordOf[T],
): Promise<SyncedRecordOf[T]> {
  const [receipt] = await commitSynced(db, {
    table,
    actor,
    operation: 'put',
    ids: [id],
    build: (current) => {
      const record = current[0];
      if (!record || record.deleted) throw new RecordNotFoundError(table, id);
      return [change(record)];
    },
  });
  if (!receipt) throw new RecordNotFoundError(table, id);
  return receipt.record;
}
