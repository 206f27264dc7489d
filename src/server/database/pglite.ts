import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

function wrap(target: PGliteLike): Queryable {
  return {
    async query<Row>(sql: string, parameters: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, [...parameters]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * Opens embedded PostgreSQL (PGlite, WASM) storing its files in `dataDir`, or in memory when
 * `dataDir` is undefined (tests). PGlite is one connection: it queues queries and transactions
 * itself, so advisory locks and row locks are trivially granted. One process only per folder —
 * see ./data-dir-lock.ts.
 * @throws when the folder holds files PGlite cannot open
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  const queryable = wrap(pglite);
  return {
    kind: 'pglite',
    ...queryable,
    transaction: <T>(work: (transaction: Queryable) => Promise<T>): Promise<T> =>
      pglite.transaction((transaction) => work(wrap(transaction))),
    close: () => pglite.close(),
  };
}
