/**
 * The one database interface of the server. Two implementations: embedded PGlite
 * (./pglite.ts) and a PostgreSQL pool (./postgres.ts). Repositories take a `Queryable`, so the
 * same function runs alone or inside a transaction.
 *
 * Both implementations return int8 as a JS number (revisions stay far below 2^53), timestamptz
 * as Date, and json/jsonb parsed.
 */

/** The rows of a query and how many rows it touched. */
export type QueryResult<Row> = { rows: Row[]; rowCount: number };

/** Something that runs parameterised SQL: the database itself or an open transaction. */
export type Queryable = {
  /** Runs one statement with $1… parameters. Throws the driver's error (with a SQLSTATE `code`). */
  query<Row = Record<string, unknown>>(
    sql: string,
    parameters?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters: migrations only. */
  exec(sql: string): Promise<void>;
};

/** The database: queries, transactions, and closing. */
export type Database = Queryable & {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws
   * (the error is re-thrown).
   */
  transaction<T>(work: (transaction: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection(s); the object is unusable afterwards. */
  close(): Promise<void>;
};

/** The SQLSTATE of a driver error, if it has one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
