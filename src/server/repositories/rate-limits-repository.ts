import type { Queryable } from '../database/database';

/**
 * Counts one hit in a fixed window shared by every instance: one atomic upsert, so two instances
 * counting at once never lose a hit.
 * @returns the hits in the current window and the milliseconds until it ends
 * @throws the driver's error
 */
export async function countHit(
  db: Queryable,
  key: string,
  windowMs: number,
): Promise<{ hits: number; remainingMs: number }> {
  const result = await db.query<{ hits: number; remaining_ms: number }>(
    `INSERT INTO rate_limits AS r (key, window_started_at, hits) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN r.window_started_at + make_interval(secs => $2::float8 / 1000) <= now()
                   THEN 1 ELSE r.hits + 1 END,
       window_started_at = CASE WHEN r.window_started_at + make_interval(secs => $2::float8 / 1000) <= now()
                   THEN now() ELSE r.window_started_at END
     RETURNING hits,
       GREATEST(0, EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2::float8 / 1000) - now())) * 1000)::float8
         AS remaining_ms`,
    [key, windowMs],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error('Counting a rate-limit hit returned no row.');
  return { hits: row.hits, remainingMs: Math.ceil(row.remaining_ms) };
}

/**
 * Deletes counters whose window ended long ago, so the table stays small.
 * @throws the driver's error
 */
export async function deleteStaleHits(db: Queryable, olderThanMs: number): Promise<void> {
  await db.query(
    'DELETE FROM rate_limits WHERE window_started_at < now() - make_interval(secs => $1::float8 / 1000)',
    [olderThanMs],
  );
}
