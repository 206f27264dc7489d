import type { Mutation, PullResponse, PushResponse, ServerRecord } from '../../src/shared/sync';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  SYNC_HEADERS,
  loginResponseSchema,
  serverInfoSchema,
} from '../../src/shared/sync';
import { sealPersonalPayloads } from '../integration/server/helpers/seal';

/** A device speaking the sync protocol from the test process (another laptop, PV's desk). */
export type ApiDevice = {
  userId: string;
  deviceId: string;
  push(mutations: Mutation[]): Promise<PushResponse>;
  pull(since?: number): Promise<PullResponse>;
  acknowledge(reportId: string, pvCaseId: string): Promise<ServerRecord>;
  nextMutationId(): number;
};

const versionHeaders = {
  [SYNC_HEADERS.protocolVersion]: String(PROTOCOL_VERSION),
  [SYNC_HEADERS.schemaVersion]: String(SCHEMA_VERSION),
  [SYNC_HEADERS.appVersion]: '0.1.0',
};

async function call<T>(
  origin: string,
  path: string,
  init: { method: string; token?: string; body?: unknown },
): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: init.method,
    headers: {
      ...versionHeaders,
      ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok)
    throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T; // as: the test reads what the protocol documents
}

/** Logs in as a new device of `username`. */
export async function loginApiDevice(
  origin: string,
  username: string,
  password: string,
): Promise<ApiDevice> {
  const answer = loginResponseSchema.parse(
    await call(origin, '/api/v1/auth/login', {
      method: 'POST',
      body: { username, password, deviceName: 'Test process' },
    }),
  );
  const { sealingKey } = serverInfoSchema.parse(
    await call(origin, '/api/v1/info', { method: 'GET' }),
  );
  let mutationId = 0;
  const token = answer.token;
  return {
    userId: answer.user.id,
    deviceId: answer.deviceId,
    // Sealed as a device seals them: the server refuses personal data in plain JSON.
    push: async (mutations) =>
      call(origin, '/api/v1/sync/push', {
        method: 'POST',
        token,
        body: {
          clientId: answer.deviceId,
          mutations: await sealPersonalPayloads(sealingKey, mutations),
        },
      }),
    pull: (since = 0) =>
      call(origin, `/api/v1/sync/pull?since=${since}&limit=1000`, { method: 'GET', token }),
    acknowledge: async (reportId, pvCaseId) =>
      (
        await call<{ record: ServerRecord }>(
          origin,
          `/api/v1/safety-reports/${reportId}/acknowledge`,
          {
            method: 'POST',
            token,
            body: { pvCaseId },
          },
        )
      ).record,
    nextMutationId: () => (mutationId += 1),
  };
}
