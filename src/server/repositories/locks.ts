import type { Queryable } from '../database/database';

/**
 * Transaction-scoped advisory locks: released by COMMIT or ROLLBACK, so a crashed instance
 * never leaves one held. The keys are arbitrary constants, unique within this database.
 */
export const ADVISORY_LOCKS = {
  /** Migrations and first-start setup (server keys): two instances starting at once queue here. */
  setup: 73_010_001,
  /**
   * Every write to `records`. Holding it while revisions are drawn makes commit order equal
   * revision order, so a pull never skips a revision committed late (decision 0006).
   */
  recordWrites: 73_010_002,
} as const;

/**
 * Waits for an advisory lock held until the end of the current transaction.
 * @throws the driver's error when called outside a transaction's connection fails
 */
export async function lockForTransaction(
  transaction: Queryable,
  key: (typeof ADVISORY_LOCKS)[keyof typeof ADVISORY_LOCKS],
): Promise<void> {
  await transaction.query('SELECT pg_advisory_xact_lock($1::bigint)', [key]);
}
