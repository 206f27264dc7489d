import type { Queryable } from '../database/database';

/** A migration that has been applied. */
export type AppliedMigration = { version: number; name: string; appliedAt: string };

/**
 * Creates the bookkeeping table when missing.
 * @throws the driver's error
 */
export async function ensureMigrationsTable(db: Queryable): Promise<void> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
}

/**
 * The migrations applied so far, oldest first.
 * @throws the driver's error (e.g. when ensureMigrationsTable did not run)
 */
export async function listAppliedMigrations(db: Queryable): Promise<AppliedMigration[]> {
  const result = await db.query<{ version: number; name: string; applied_at: Date }>(
    'SELECT version, name, applied_at FROM schema_migrations ORDER BY version',
  );
  return result.rows.map((row) => ({
    version: row.version,
    name: row.name,
    appliedAt: row.applied_at.toISOString(),
  }));
}

/**
 * Runs one migration script and records it, in the caller's transaction.
 * @throws the driver's error when the script fails (the caller's transaction then rolls back)
 */
export async function applyMigration(
  db: Queryable,
  migration: { version: number; name: string; sql: string },
): Promise<void> {
  await db.exec(migration.sql);
  await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
    migration.version,
    migration.name,
  ]);
}
