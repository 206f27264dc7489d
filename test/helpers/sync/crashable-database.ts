import type { Database, Queryable } from '../../../src/server/database/database';

/** A database whose next transaction can be made to fail part-way, like a process crash. */
export type CrashableDatabase = Database & {
  /** The next transaction throws after `queries` statements (rolled back, as on a crash). */
  armCrash(queries: number | null): void;
  crashes(): number;
};

/**
 * Wraps a database so a test can crash a push in the middle of its transaction. The rollback
 * is the database's own: whatever the transaction wrote is gone, as after a killed process.
 */
export function createCrashableDatabase(inner: Database): CrashableDatabase {
  let armedAfter: number | null = null;
  let crashCount = 0;
  return {
    kind: inner.kind,
    query: (sql, parameters) => inner.query(sql, parameters),
    exec: (sql) => inner.exec(sql),
    close: () => inner.close(),
    transaction<T>(work: (transaction: Queryable) => Promise<T>): Promise<T> {
      const crashAfter = armedAfter;
      armedAfter = null;
      return inner.transaction((transaction) => {
        if (crashAfter === null) return work(transaction);
        let count = 0;
        const crashing: Queryable = {
          async query(sql, parameters) {
            count += 1;
            if (count > crashAfter) {
              crashCount += 1;
              throw new Error('simulated crash in the middle of a transaction');
            }
            return transaction.query(sql, parameters);
          },
          exec: (sql) => transaction.exec(sql),
        };
        return work(crashing);
      });
    },
    armCrash(queries: number | null): void {
      armedAfter = queries;
    },
    crashes: () => crashCount,
  };
}
