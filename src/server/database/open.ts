import { join } from 'node:path';
import type { Database } from './database';
import { lockDataDir } from './data-dir-lock';
import { openPgliteDatabase } from './pglite';
import { openPostgresDatabase } from './postgres';

/** Where the data lives: PostgreSQL when a URL is given, else PGlite in the data folder. */
export type DatabaseLocation = { databaseUrl: string | null; dataDir: string };

/**
 * Opens the configured database. For PGlite the data folder is locked for this process and
 * unlocked on close.
 * @throws when PostgreSQL is unreachable, or the data folder is locked by another live process
 */
export async function openDatabase(
  location: DatabaseLocation,
  options: { onIdleError?: (error: Error) => void } = {},
): Promise<Database> {
  if (location.databaseUrl !== null) {
    return openPostgresDatabase(location.databaseUrl, options);
  }
  const lock = await lockDataDir(location.dataDir);
  try {
    const database = await openPgliteDatabase(join(location.dataDir, 'pgdata'));
    return {
      ...database,
      async close(): Promise<void> {
        try {
          await database.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * A description of the location for logs, without credentials.
 * @throws never
 */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.databaseUrl === null) return `PGlite in ${join(location.dataDir, 'pgdata')}`;
  try {
    const url = new URL(location.databaseUrl);
    return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL (unparsable DATABASE_URL)';
  }
}
