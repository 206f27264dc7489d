import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../../src/server/app';
import { createUser } from '../../../../src/server/auth/user-service';
import type { UserRole } from '../../../../src/shared/sync';
import type { CrashableDatabase } from '../../../helpers/sync/crashable-database';
import { createCrashableDatabase } from '../../../helpers/sync/crashable-database';
import { TEST_HASHING, TEST_SETTINGS } from '../../server/helpers/harness';
import type { DatabaseKind, TestDatabase } from '../../server/helpers/test-database';
import { createTestDatabase } from '../../server/helpers/test-database';

/** A server user the devices sign in as. */
export type WorldUser = { userId: string; username: string; password: string; role: UserRole };

/**
 * The server side of a sync test: one database and several stateless instances on it (two
 * pools on PostgreSQL; one shared PGlite object), any of which can restart.
 */
export type SyncWorld = {
  kind: DatabaseKind;
  test: TestDatabase;
  /** The database of each instance (each can crash a transaction part-way). */
  databases: CrashableDatabase[];
  /** The running instances; null while one restarts. */
  apps: (FastifyInstance | null)[];
  /** An instance for the next request, chosen like a load balancer would (null: none up). */
  pickApp(random: () => number): FastifyInstance | null;
  /** Closes one instance and builds it again over the same database. */
  restart(index: number): Promise<void>;
  createUser(role: UserRole): Promise<WorldUser>;
  /** Empties every table between runs of a property (the schema and the keys stay). */
  reset(): Promise<void>;
  close(): Promise<void>;
};

const build = (database: CrashableDatabase): Promise<FastifyInstance> =>
  buildApp({ database, settings: TEST_SETTINGS });

/**
 * Starts a world with `instances` server instances on one fresh database.
 * @throws when the database cannot be created
 */
export async function startSyncWorld(kind: DatabaseKind, instances = 2): Promise<SyncWorld> {
  const test = await createTestDatabase(kind);
  const databases: CrashableDatabase[] = [createCrashableDatabase(test.database)];
  for (let index = 1; index < instances; index += 1) {
    databases.push(createCrashableDatabase(await test.openAnother()));
  }
  const apps: (FastifyInstance | null)[] = [];
  for (const database of databases) apps.push(await build(database));
  let counter = 0;
  return {
    kind,
    test,
    databases,
    apps,
    pickApp(random) {
      const up = apps.filter((app): app is FastifyInstance => app !== null);
      return up[Math.floor(random() * up.length)] ?? null;
    },
    async restart(index) {
      const app = apps[index];
      const database = databases[index];
      if (database === undefined) return;
      apps[index] = null;
      await app?.close();
      // A crash armed for the old process dies with it; the new one starts clean.
      database.armCrash(null);
      apps[index] = await build(database);
    },
    async createUser(role) {
      counter += 1;
      const username = `${role}-${counter}-${randomUUID().slice(0, 6)}`;
      const password = 'correct horse battery staple';
      const user = await createUser(
        test.database,
        { username, displayName: `User ${counter}`, role, permissions: [], password },
        TEST_HASHING,
      );
      return { userId: user.id, username, password, role };
    },
    async reset() {
      await test.database.exec(
        'TRUNCATE conflicts, mutations, records, blob_uploads, blobs, devices, rate_limits, users CASCADE',
      );
    },
    async close() {
      for (const app of apps) await app?.close();
      await test.dispose();
    },
  };
}
