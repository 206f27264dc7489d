import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../../../src/server/database/database';
import { openPgliteDatabase } from '../../../../src/server/database/pglite';
import { openPostgresDatabase } from '../../../../src/server/database/postgres';

/**
 * Databases for server tests: PGlite always, PostgreSQL too when DATABASE_URL is set (CI sets it).
 * Each PostgreSQL test database is created fresh (`medinfo_test_<random>`) through the admin
 * connection of DATABASE_URL and dropped afterwards: the shared server keeps what runs leave.
 */

/** Which database a test suite runs on. */
export type DatabaseKind = 'pglite' | 'postgres';

/** The kinds to run: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const DATABASE_KINDS: readonly DatabaseKind[] =
  process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === ''
    ? ['pglite']
    : ['pglite', 'postgres'];

/** A fresh, empty database and how to get rid of it. */
export type TestDatabase = {
  kind: DatabaseKind;
  database: Database;
  /** Opens another connection (pool) to the same database: a second server instance. */
  openAnother(): Promise<Database>;
  /** Closes every connection opened here and drops the database. */
  dispose(): Promise<void>;
};

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Creates an empty database of the given kind.
 * @throws when PostgreSQL is unreachable
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openPgliteDatabase();
    // PGlite in memory is one process-local connection: the "other instance" shares it.
    return {
      kind,
      database,
      openAnother: () => Promise.resolve(database),
      dispose: () => database.close(),
    };
  }
  const name = `medinfo_test_${randomBytes(6).toString('hex')}`;
  // The name is generated above from hex digits only, so interpolating it is safe.
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  const opened: Database[] = [];
  const open = async (): Promise<Database> => {
    const database = await openPostgresDatabase(url.toString(), { maxConnections: 5 });
    opened.push(database);
    return database;
  };
  const database = await open();
  return {
    kind,
    database,
    openAnother: open,
    async dispose() {
      await Promise.all(opened.map((each) => each.close()));
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
