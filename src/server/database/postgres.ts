import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database';

const INT8_OID = 20;

// The driver's parsers, typed honestly: pg-types declares them as returning `any`.
const defaultParser: (oid: number, format?: 'text' | 'binary') => unknown = pg.types.getTypeParser;
const parseInt8 = (value: string): number => Number(value);

// Per-pool type parsers, so this process's other pg users keep the driver defaults. int8 becomes
// a number: revisions and counts stay far below 2^53, and PGlite answers numbers too.
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) =>
    Number(oid) === INT8_OID && format !== 'binary' ? parseInt8 : defaultParser(oid, format),
};

type ClientLike = Pick<pg.PoolClient, 'query'>;

function wrap(target: ClientLike): Queryable {
  return {
    async query<Row>(sql: string, parameters: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query(sql, [...parameters]);
      // pg types rows as `any`; the caller names the row shape it selected.
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await target.query(sql);
    },
  };
}

/**
 * Connects a pool to PostgreSQL. Several server instances may share the database: all shared
 * state lives in it.
 * @throws when the first connection fails (bad URL, server down, unknown database)
 */
export async function openPostgresDatabase(
  connectionString: string,
  options: { maxConnections?: number; onIdleError?: (error: Error) => void } = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10, types });
  // An idle client can lose its connection (database restart): log-worthy, never a crash.
  pool.on('error', (error) => options.onIdleError?.(error));
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction<T>(work: (transaction: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let isBroken = false;
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A failed ROLLBACK means a broken connection: destroy it instead of pooling it.
        await client.query('ROLLBACK').catch(() => {
          isBroken = true;
        });
        throw error;
      } finally {
        client.release(isBroken);
      }
    },
    close: () => pool.end(),
  };
}
