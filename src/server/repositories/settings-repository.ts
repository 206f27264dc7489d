import type { Queryable } from '../database/database';

/**
 * The id of this server's database, created by migration 001.
 * @throws Error when the database is not migrated
 */
export async function readServerId(db: Queryable): Promise<string> {
  const result = await db.query<{ value: unknown }>(
    "SELECT value FROM server_settings WHERE key = 'serverId'",
  );
  const value = result.rows[0]?.value;
  if (typeof value !== 'string')
    throw new Error('The database has no server id: run the migrations.');
  return value;
}

/**
 * The compaction horizon: checkpoints below it must resync (0 while nothing was compacted).
 * @throws the driver's error
 */
export async function readCompactionHorizon(db: Queryable): Promise<number> {
  const result = await db.query<{ value: unknown }>(
    "SELECT value FROM server_settings WHERE key = 'compactionHorizon'",
  );
  const value = result.rows[0]?.value;
  return typeof value === 'number' ? value : 0;
}

/**
 * Whether the database answers (for the health check).
 * @throws the driver's error when it does not
 */
export async function pingDatabase(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}
