import type { Queryable } from '../database/database';
import type { MutationResult } from '../../shared/sync';

/**
 * The mutation ledger: one row per (client, mutation id), holding the result returned the first
 * time, so a replayed mutation gets exactly that result again.
 */

/**
 * The results already stored for some mutation ids of a client.
 * @throws the driver's error
 */
export async function findMutationResults(
  db: Queryable,
  clientId: string,
  mutationIds: readonly number[],
): Promise<Map<number, MutationResult>> {
  const result = await db.query<{ mutation_id: number; result: MutationResult }>(
    'SELECT mutation_id, result FROM mutations WHERE client_id = $1 AND mutation_id = ANY($2::bigint[])',
    [clientId, [...mutationIds]],
  );
  return new Map(result.rows.map((row) => [row.mutation_id, row.result]));
}

/**
 * Records a mutation and its result.
 * @throws the driver's error (unique violation if the mutation was recorded concurrently)
 */
export async function insertMutation(
  transaction: Queryable,
  mutation: {
    clientId: string;
    userId: string;
    table: string;
    recordId: string;
    operation: 'put' | 'delete';
    priority: number;
    result: MutationResult;
  },
): Promise<void> {
  await transaction.query(
    `INSERT INTO mutations (client_id, mutation_id, user_id, table_name, record_id, operation, priority,
       status, result, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::timestamptz)`,
    [
      mutation.clientId,
      mutation.result.mutationId,
      mutation.userId,
      mutation.table,
      mutation.recordId,
      mutation.operation,
      mutation.priority,
      mutation.result.status,
      JSON.stringify(mutation.result),
      mutation.result.receivedAt,
    ],
  );
}

/**
 * The database's time at the start of the current transaction: the server-stamped receive time
 * of a push (one clock for every instance).
 * @throws the driver's error
 */
export async function transactionTime(transaction: Queryable): Promise<string> {
  const result = await transaction.query<{ now: Date }>('SELECT now() AS now');
  const now = result.rows[0]?.now;
  if (now === undefined) throw new Error('SELECT now() returned nothing.');
  return now.toISOString();
}
