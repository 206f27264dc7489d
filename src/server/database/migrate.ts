import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database';
import { ADVISORY_LOCKS, lockForTransaction } from '../repositories/locks';
import {
  applyMigration,
  ensureMigrationsTable,
  listAppliedMigrations,
} from '../repositories/migrations-repository';

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);
const FILE_PATTERN = /^(\d{3})-([a-z0-9-]+)\.sql$/u;

/** A migration file. */
export type Migration = { version: number; name: string; sql: string };

/**
 * Reads the numbered migrations (NNN-name.sql) in order.
 * @throws when two files share a number, or the folder is unreadable
 */
export async function readMigrations(directory: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((file) => FILE_PATTERN.test(file)).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const [, number = '', name = ''] = FILE_PATTERN.exec(file) ?? [];
    const version = Number.parseInt(number, 10);
    if (migrations.some((migration) => migration.version === version)) {
      throw new Error(`Two migrations are numbered ${number}: renumber the newer one.`);
    }
    migrations.push({ version, name, sql: await readFile(new URL(file, directory), 'utf8') });
  }
  return migrations;
}

/**
 * Applies the migrations not applied yet, all in one transaction under the setup advisory lock:
 * two instances starting at once apply them once, and a failing migration leaves nothing half
 * done. Idempotent.
 * @returns the versions applied by this call
 * @throws the failing migration's error, named
 */
export async function migrate(
  database: Database,
  migrations?: readonly Migration[],
): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  return database.transaction(async (transaction) => {
    await lockForTransaction(transaction, ADVISORY_LOCKS.setup);
    await ensureMigrationsTable(transaction);
    const applied = new Set((await listAppliedMigrations(transaction)).map((m) => m.version));
    const versions: number[] = [];
    for (const migration of all) {
      if (applied.has(migration.version)) continue;
      try {
        await applyMigration(transaction, migration);
      } catch (error) {
        throw new Error(`Migration ${migration.version}-${migration.name} failed`, {
          cause: error,
        });
      }
      versions.push(migration.version);
    }
    return versions;
  });
}
