import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashDeviceToken } from '../../../src/server/crypto/tokens';
import { errorBodySchema, loginResponseSchema } from '../../../src/shared/sync';
import type { Harness } from './helpers/harness';
import { VERSION_HEADERS, countRows, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(DATABASE_KINDS)('login and tokens on %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind, { loginRateLimit: { max: 5, timeWindowMs: 60_000 } });
  });
  afterAll(async () => {
    await harness.close();
  });

  const pullWith = (token: string): Promise<LightMyRequestResponse> =>
    harness.app.inject({
      url: '/api/v1/sync/pull?since=0',
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${token}` },
    });

  it('issues a 30-day device token that opens the sync routes; only its hash is stored', async () => {
    const session = await harness.session('field-officer');
    const stored = await harness.database.query<{ token_hash: string; expires_at: Date }>(
      'SELECT token_hash, expires_at FROM devices WHERE id = $1',
      [session.deviceId],
    );
    expect(stored.rows[0]?.token_hash).toBe(hashDeviceToken(session.token));
    expect(JSON.stringify(stored.rows)).not.toContain(session.token);
    const lifetime = (stored.rows[0]?.expires_at.getTime() ?? 0) - Date.now();
    expect(lifetime).toBeGreaterThan(29.9 * DAY_MS);
    expect(lifetime).toBeLessThan(30.1 * DAY_MS);
    expect((await pullWith(session.token)).statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const session = await harness.session('field-officer');
    const wrong = await harness.login(session.username, 'not the password at all');
    const unknown = await harness.login('nobody-here', 'not the password at all');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(errorBodySchema.parse(response.json()).error).toBe('invalid-credentials');
    }
  });

  it('accepts the user name in any case', async () => {
    const session = await harness.session('mi-specialist');
    expect((await harness.login(session.username.toUpperCase(), session.password)).statusCode).toBe(
      200,
    );
  });

  it('rate-limits login attempts per address and user name with 429', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      statuses.push((await harness.login('rate-limited-user', 'wrong password 123')).statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await harness.login('rate-limited-user', 'wrong password 123');
    expect(errorBodySchema.parse(limited.json()).error).toBe('too-many-requests');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another user name from the same address is still allowed to try.
    expect((await harness.login('another-user', 'wrong password 123')).statusCode).toBe(401);
  });

  it('answers 401 token-expired for an expired token', async () => {
    const session = await harness.session('field-officer');
    await harness.database.query(
      "UPDATE devices SET expires_at = now() - interval '1 second' WHERE id = $1",
      [session.deviceId],
    );
    const response = await pullWith(session.token);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'token-expired' });
  });

  it('answers 401 token-revoked after logout, and missing/invalid tokens clearly', async () => {
    const session = await harness.session('field-officer');
    const logout = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${session.token}` },
    });
    expect(logout.statusCode).toBe(200);
    expect((await pullWith(session.token)).json()).toMatchObject({ error: 'token-revoked' });
    const missing = await harness.app.inject({
      url: '/api/v1/sync/pull?since=0',
      headers: VERSION_HEADERS,
    });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ error: 'missing-token' });
    expect((await pullWith('A'.repeat(43))).json()).toMatchObject({ error: 'invalid-token' });
  });

  it('renews a device on re-login with its id, replacing the old token', async () => {
    const session = await harness.session('field-officer');
    const renewed = await harness.login(session.username, session.password, {
      deviceId: session.deviceId,
    });
    const body = loginResponseSchema.parse(renewed.json());
    expect(body.deviceId).toBe(session.deviceId);
    expect((await pullWith(session.token)).json()).toMatchObject({ error: 'invalid-token' });
    expect((await pullWith(body.token)).statusCode).toBe(200);
  });

  it("never reuses a revoked device id or another user's device id", async () => {
    const owner = await harness.session('field-officer');
    const intruder = await harness.session('field-officer');
    const devicesBefore = await countRows(harness.database, 'devices');
    const stolen = loginResponseSchema.parse(
      (
        await harness.login(intruder.username, intruder.password, { deviceId: owner.deviceId })
      ).json(),
    );
    expect(stolen.deviceId).not.toBe(owner.deviceId);
    expect((await pullWith(owner.token)).statusCode).toBe(200);
    await harness.database.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [
      owner.deviceId,
    ]);
    const again = loginResponseSchema.parse(
      (await harness.login(owner.username, owner.password, { deviceId: owner.deviceId })).json(),
    );
    expect(again.deviceId).not.toBe(owner.deviceId);
    expect(await countRows(harness.database, 'devices')).toBe(devicesBefore + 2);
  });

  it('validates the login body', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: VERSION_HEADERS,
      payload: { username: 42 },
    });
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).details?.length).toBeGreaterThan(0);
  });
});
