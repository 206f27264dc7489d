import type { SyncedTable } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { decodePersonalParts, isPersonalTable } from './personal-codec';
import { recordFromRow } from './synced-tables';
import type { SyncedRecordOf, SyncedRowOf } from './synced-tables';

/**
 * Records from rows read by a query: personal parts are decrypted AFTER the query, outside any
 * transaction (decision 0011). A row whose personal part cannot be read comes back with an
 * empty placeholder (see personalProblemOf) and the others are unaffected. Throws
 * StoreLockedError when personal data is encrypted and the store is locked.
 */
export async function recordsFromRows<T extends SyncedTable>(
  db: MedinfoDatabase,
  table: T,
  rows: readonly SyncedRowOf[T][],
): Promise<SyncedRecordOf[T][]> {
  if (!isPersonalTable(table)) return rows.map((row) => recordFromRow<T>(table, row, undefined));
  // as: rows of a personal table carry `id` and `personal`.
  const personal = await decodePersonalParts(
    db,
    table,
    rows as unknown as { id: string; personal: unknown }[],
  );
  return rows.map((row, index) => recordFromRow<T>(table, row, personal[index]));
}
