import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppSettings } from '../../../../src/server/app';
import { buildApp } from '../../../../src/server/app';
import { createUser } from '../../../../src/server/auth/user-service';
import type { Database } from '../../../../src/server/database/database';
import type {
  Mutation,
  PullResponse,
  PushResponse,
  SealingKey,
  UserPermission,
  UserRole,
} from '../../../../src/shared/sync';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  SYNC_HEADERS,
  loginResponseSchema,
  serverInfoSchema,
} from '../../../../src/shared/sync';
import { sealPersonalPayloads } from './seal';
import type { DatabaseKind, TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

/** Cheap scrypt for tests: the parameters are stored with each hash, so login still verifies. */
export const TEST_HASHING = { cost: 1024, blockSize: 8, parallelization: 1 };

/** Settings for tests: cheap hashing and a generous login limit (the rate-limit test lowers it). */
export const TEST_SETTINGS: Partial<AppSettings> = {
  passwordHashing: TEST_HASHING,
  loginRateLimit: { max: 1000, timeWindowMs: 60_000 },
};

/** The version headers a current client sends. */
export const VERSION_HEADERS = {
  [SYNC_HEADERS.protocolVersion]: String(PROTOCOL_VERSION),
  [SYNC_HEADERS.schemaVersion]: String(SCHEMA_VERSION),
  [SYNC_HEADERS.appVersion]: '0.1.0',
};

/** A logged-in user on one device. */
export type Session = {
  userId: string;
  username: string;
  password: string;
  token: string;
  deviceId: string;
};

/** A migrated database with one app on it, and helpers that speak the protocol. */
export type Harness = {
  app: FastifyInstance;
  db: TestDatabase;
  database: Database;
  session(role: UserRole, permissions?: UserPermission[]): Promise<Session>;
  login(
    username: string,
    password: string,
    extra?: { deviceId?: string },
  ): Promise<LightMyRequestResponse>;
  /** Pushes as a device does: payloads of tables with personal data sealed for the server. */
  push(session: Session, mutations: Mutation[], app?: FastifyInstance): Promise<PushResponse>;
  /** Sends the body as it is (nothing sealed): for what a broken or hostile client would send. */
  pushRaw(session: Session, body: unknown, app?: FastifyInstance): Promise<LightMyRequestResponse>;
  pull(
    session: Session,
    since: number,
    limit?: number,
    app?: FastifyInstance,
  ): Promise<PullResponse>;
  close(): Promise<void>;
};

/** A put mutation with sensible defaults. */
export function put(
  mutationId: number,
  table: string,
  record: { id: string } & Record<string, unknown>,
  extra: Partial<Mutation> = {},
): Mutation {
  return {
    mutationId,
    table,
    recordId: record.id,
    operation: 'put',
    baseRevision: null,
    payload: record as Mutation['payload'],
    priority: 5,
    ...extra,
  };
}

/** A delete mutation. */
export function remove(
  mutationId: number,
  table: string,
  recordId: string,
  baseRevision: number | null,
): Mutation {
  return {
    mutationId,
    table,
    recordId,
    operation: 'delete',
    baseRevision,
    payload: null,
    priority: 5,
  };
}

/**
 * Creates a fresh database, migrates it through buildApp, and returns the helpers.
 * @throws when the database cannot be created
 */
export async function startHarness(
  kind: DatabaseKind,
  settings: Partial<AppSettings> = {},
): Promise<Harness> {
  const db = await createTestDatabase(kind);
  const app = await buildApp({
    database: db.database,
    settings: { ...TEST_SETTINGS, ...settings },
  });
  let userCounter = 0;
  let sealingKey: SealingKey | null = null;
  const sealingKeyOf = async (): Promise<SealingKey> =>
    (sealingKey ??= serverInfoSchema.parse(
      (await app.inject({ url: '/api/v1/info' })).json(),
    ).sealingKey);

  const login = (
    username: string,
    password: string,
    extra: { deviceId?: string } = {},
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: VERSION_HEADERS,
      payload: { username, password, deviceName: 'Test laptop', ...extra },
    });

  const pushRaw = (
    session: Session,
    body: unknown,
    target: FastifyInstance = app,
  ): Promise<LightMyRequestResponse> =>
    target.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${session.token}` },
      payload: body as object,
    });

  return {
    app,
    db,
    database: db.database,
    async session(role, permissions = []) {
      userCounter += 1;
      const username = `${role}-${userCounter}-${randomUUID().slice(0, 8)}`;
      const password = 'correct horse battery staple';
      const user = await createUser(
        db.database,
        { username, displayName: null, role, permissions, password },
        TEST_HASHING,
      );
      const response = await login(username, password);
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const body = loginResponseSchema.parse(response.json());
      return { userId: user.id, username, password, token: body.token, deviceId: body.deviceId };
    },
    login,
    pushRaw,
    async push(session, mutations, target = app) {
      const sealed = await sealPersonalPayloads(await sealingKeyOf(), mutations);
      const response = await pushRaw(
        session,
        { clientId: session.deviceId, mutations: sealed },
        target,
      );
      if (response.statusCode !== 200)
        throw new Error(`push failed ${response.statusCode}: ${response.body}`);
      return response.json<PushResponse>();
    },
    async pull(session, since, limit, target = app) {
      const query = limit === undefined ? `since=${since}` : `since=${since}&limit=${limit}`;
      const response = await target.inject({
        method: 'GET',
        url: `/api/v1/sync/pull?${query}`,
        headers: { ...VERSION_HEADERS, authorization: `Bearer ${session.token}` },
      });
      if (response.statusCode !== 200)
        throw new Error(`pull failed ${response.statusCode}: ${response.body}`);
      return response.json<PullResponse>();
    },
    async close() {
      await app.close();
      await db.dispose();
    },
  };
}

/** Counts rows of a server table (tests only: table names are constants of the test). */
export async function countRows(
  database: Database,
  table: 'records' | 'mutations' | 'conflicts' | 'devices',
): Promise<number> {
  const result = await database.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM ${table}`,
  );
  return result.rows[0]?.count ?? 0;
}
