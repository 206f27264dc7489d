import type { Queryable } from '../database/database';
import type { JsonValue } from '../../shared/sync';

/** A conflict to store: the value the server kept and the client's value that waits. */
export type NewConflict = {
  table: string;
  recordId: string;
  field: string;
  serverValue: JsonValue | undefined;
  clientValue: JsonValue | undefined;
  baseRevision: number | null;
  serverRevision: number;
  clientId: string;
  mutationId: number;
  userId: string;
};

// SQL NULL stands for "absent"; the JSON value null is stored as 'null'::jsonb.
const toJsonParameter = (value: JsonValue | undefined): string | null =>
  value === undefined ? null : JSON.stringify(value);

/**
 * Stores conflicts.
 * @returns their ids, in input order
 * @throws the driver's error (foreign key violation when the record is missing)
 */
export async function insertConflicts(
  transaction: Queryable,
  conflicts: readonly NewConflict[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const conflict of conflicts) {
    const result = await transaction.query<{ id: string }>(
      `INSERT INTO conflicts (table_name, record_id, field, server_value, client_value, base_revision,
         server_revision, client_id, mutation_id, user_id)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10) RETURNING id`,
      [
        conflict.table,
        conflict.recordId,
        conflict.field,
        toJsonParameter(conflict.serverValue),
        toJsonParameter(conflict.clientValue),
        conflict.baseRevision,
        conflict.serverRevision,
        conflict.clientId,
        conflict.mutationId,
        conflict.userId,
      ],
    );
    const id = result.rows[0]?.id;
    if (id === undefined) throw new Error('Inserting a conflict returned no id.');
    ids.push(id);
  }
  return ids;
}

/**
 * Marks open conflicts of one record as resolved by a user. Ids of other records are ignored.
 * @returns how many open conflicts the record still has
 * @throws the driver's error
 */
export async function resolveConflicts(
  transaction: Queryable,
  target: { table: string; recordId: string; conflictIds: readonly string[]; userId: string },
): Promise<number> {
  if (target.conflictIds.length > 0) {
    await transaction.query(
      `UPDATE conflicts SET resolved_at = now(), resolved_by = $4
       WHERE table_name = $1 AND record_id = $2 AND id = ANY($3::uuid[]) AND resolved_at IS NULL`,
      [target.table, target.recordId, [...target.conflictIds], target.userId],
    );
  }
  const result = await transaction.query<{ open: number }>(
    `SELECT count(*)::bigint AS open FROM conflicts
     WHERE table_name = $1 AND record_id = $2 AND resolved_at IS NULL`,
    [target.table, target.recordId],
  );
  return result.rows[0]?.open ?? 0;
}
