import type { LightMyRequestResponse } from 'fastify';
import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/database/database';
import Fastify from 'fastify';
import { healthRoutes } from '../../../src/server/routes/health';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  healthSchema,
  serverInfoSchema,
} from '../../../src/shared/sync';
import type { Harness } from './helpers/harness';
import { startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

describe.each(DATABASE_KINDS)('health, info and CORS on %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind, {
      minimumAppVersion: '0.1.0',
      corsOrigins: ['http://localhost:*', 'https://desk.example.com'],
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('reports health when the database answers', async () => {
    const response = await harness.app.inject({ url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(healthSchema.parse(response.json())).toEqual({ status: 'ok', database: 'ok' });
  });

  it('reports 503 when the database does not answer', async () => {
    // buildApp needs a working database to start, so the route is mounted alone on a failing one.
    const failing: Database = {
      ...harness.database,
      query: () => Promise.reject(new Error('connection refused')),
    };
    const bare = Fastify();
    await bare.register(healthRoutes, { database: failing });
    const response = await bare.inject({ url: '/api/v1/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    await bare.close();
  });

  it('publishes versions, the server id and a public key WebCrypto can import', async () => {
    const response = await harness.app.inject({ url: '/api/v1/info' });
    const info = serverInfoSchema.parse(response.json());
    expect(info).toMatchObject({
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      minimumAppVersion: '0.1.0',
    });
    expect(JSON.stringify(info)).not.toMatch(/"d"\s*:/u);
    const key = await webcrypto.subtle.importKey(
      'jwk',
      info.sealingKey.publicKeyJwk,
      { name: 'ECDH', namedCurve: 'P-256' },
      true,
      [],
    );
    expect(key.type).toBe('public');
  });

  it('allows the app origin and configured browser origins, and no others', async () => {
    const preflight = (origin: string): Promise<LightMyRequestResponse> =>
      harness.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/sync/push',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    for (const origin of [
      'app://medinfo',
      'http://localhost:5173',
      'http://localhost',
      'https://desk.example.com',
    ]) {
      expect((await preflight(origin)).headers['access-control-allow-origin'], origin).toBe(origin);
    }
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:5173',
      'http://localhost.evil.example:80',
      'app://medinfo.evil',
    ]) {
      expect(
        (await preflight(origin)).headers['access-control-allow-origin'],
        origin,
      ).toBeUndefined();
    }
  });
});
