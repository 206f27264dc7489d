import type { SyncedTable } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { readMeta } from './meta';
import { decodePersonalForWrite, isPersonalTable } from './personal-codec';
import { recordFromRow } from './synced-tables';
import type { SyncedRecordOf } from './synced-tables';

/** The stored versions a write starts from, and the write version they were read at. */
export type Snapshot = {
  writeVersion: number;
  rows: (Record<string, unknown> | undefined)[];
  current: (SyncedRecordOf[SyncedTable] | null)[];
};

/**
 * Reads the stored rows of `ids` OUTSIDE any transaction and decrypts their personal parts. The
 * write version is read first: if any write commits after it, the commit sees a newer version
 * and the write is prepared again. Throws PersonalDataUnavailableError when a stored personal
 * part cannot be read (the record is then read-only), StoreLockedError when locked.
 */
export async function readSnapshot(
  db: MedinfoDatabase,
  table: SyncedTable,
  ids: readonly string[],
): Promise<Snapshot> {
  const writeVersion = (await readMeta(db, 'writeVersion')) ?? 0;
  const rows = await db
    .table<Record<string, unknown> & { id: string }, string>(table)
    .bulkGet([...ids]);
  const current = await Promise.all(
    rows.map(async (row) => {
      if (row === undefined) return null;
      const personal =
        isPersonalTable(table) && 'personal' in row
          ? await decodePersonalForWrite(db, table, { ...row, personal: row.personal })
          : undefined;
      return recordFromRow(table, row as never, personal); // as never: a row of `table`, typed loosely here
    }),
  );
  return { writeVersion, rows, current };
}
