import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../../src/shared/sync';
import type { Harness, Session } from './helpers/harness';
import { VERSION_HEADERS, countRows, put, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

const BODY_LIMIT = 512 * 1024;

describe.each(DATABASE_KINDS)('hostile requests on %s', (kind) => {
  let harness: Harness;
  let officer: Session;
  let counts: () => Promise<number[]>;

  beforeAll(async () => {
    harness = await startHarness(kind, { bodyLimitBytes: BODY_LIMIT });
    officer = await harness.session('field-officer');
    counts = () =>
      Promise.all([
        countRows(harness.database, 'records'),
        countRows(harness.database, 'mutations'),
      ]);
  });
  afterAll(async () => {
    await harness.close();
  });

  /** Sends a push body and expects a refusal that changed nothing. */
  async function expectRefused(
    body: unknown,
    statusCode: number,
    error: string,
    session: Session = officer,
  ): Promise<void> {
    const before = await counts();
    const response = await harness.pushRaw(session, body);
    expect(response.statusCode, response.body).toBe(statusCode);
    expect(errorBodySchema.parse(response.json()).error).toBe(error);
    expect(await counts()).toEqual(before);
  }

  it('refuses wrong types in the envelope with 400 and the failing paths', async () => {
    const valid = put(1, 'inquiries', { id: randomUUID() });
    const broken: unknown[] = [
      { clientId: officer.deviceId, mutations: 'all of them' },
      { clientId: 'not-a-uuid', mutations: [valid] },
      { clientId: officer.deviceId, mutations: [{ ...valid, mutationId: 'one' }] },
      { clientId: officer.deviceId, mutations: [{ ...valid, operation: 'truncate' }] },
      { clientId: officer.deviceId, mutations: [{ ...valid, baseRevision: -1 }] },
      {
        clientId: officer.deviceId,
        mutations: [{ ...valid, table: 'inquiries; DROP TABLE users' }],
      },
      { clientId: officer.deviceId, mutations: [valid, { ...valid, recordId: randomUUID() }] },
      { clientId: officer.deviceId, mutations: [{ ...valid, extra: true }] },
      { clientId: officer.deviceId, mutations: [] },
    ];
    for (const body of broken) await expectRefused(body, 400, 'invalid-request');
    const response = await harness.pushRaw(officer, broken[2]);
    expect(errorBodySchema.parse(response.json()).details).toContainEqual(
      expect.objectContaining({ path: 'mutations.0.mutationId' }),
    );
  });

  it('refuses unparsable JSON, prototype poisoning and non-JSON bodies', async () => {
    const send = (
      payload: string,
      contentType = 'application/json',
    ): Promise<LightMyRequestResponse> =>
      harness.app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        payload,
        headers: {
          ...VERSION_HEADERS,
          authorization: `Bearer ${officer.token}`,
          'content-type': contentType,
        },
      });
    expect((await send('{"clientId": ')).json()).toMatchObject({ error: 'invalid-json' });
    const poisoned = await send(
      `{"clientId":"${officer.deviceId}","__proto__":{"isAdmin":true},"mutations":[]}`,
    );
    expect(poisoned.statusCode).toBe(400);
    const text = await send('hello', 'text/plain');
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ error: 'unsupported-media-type' });
  });

  it('refuses a body over the limit with 413 and a JSON reason', async () => {
    const big = put(1, 'inquiries', { id: randomUUID(), blob: 'x'.repeat(BODY_LIMIT) });
    await expectRefused({ clientId: officer.deviceId, mutations: [big] }, 413, 'payload-too-large');
  });

  it('rejects a record over the record limit as one mutation, keeping the rest of the batch', async () => {
    const huge = put(1, 'inquiries', { id: randomUUID(), blob: 'x'.repeat(300 * 1024) });
    const small = put(2, 'inquiries', { id: randomUUID() });
    const { results } = await harness.push(officer, [huge, small]);
    expect(
      results.map((result) => (result.status === 'rejected' ? result.reason : result.status)),
    ).toEqual(['record-too-large', 'applied']);
  });

  it('refuses a push for another device with 403, and a push without a token with 401', async () => {
    const other = await harness.session('field-officer');
    await expectRefused(
      { clientId: other.deviceId, mutations: [put(1, 'inquiries', { id: randomUUID() })] },
      403,
      'client-mismatch',
    );
    await expectRefused(
      { clientId: officer.deviceId, mutations: [put(1, 'inquiries', { id: randomUUID() })] },
      401,
      'invalid-token',
      { ...officer, token: 'x'.repeat(43) },
    );
  });

  it('stores SQL inside values verbatim, as data', async () => {
    const record = {
      id: randomUUID(),
      question: "'); DROP TABLE records; --",
      nested: { note: "Robert\"); DELETE FROM users WHERE ('1'='1" },
      unicode: 'naïve – 日本語 😀 end',
    };
    const { results } = await harness.push(officer, [put(100, 'inquiries', record)]);
    expect(results[0]?.status).toBe('applied');
    const page = await harness.pull(officer, 0, 1000);
    const pulled = page.resyncRequired
      ? undefined
      : page.changes.find((change) => change.id === record.id);
    expect(pulled?.data).toEqual(record);
    expect(await countRows(harness.database, 'records')).toBeGreaterThan(0);
  });

  it('rejects text PostgreSQL cannot store, and deep nesting, without failing the batch', async () => {
    const { results } = await harness.push(officer, [
      put(300, 'inquiries', { id: randomUUID(), note: 'before \u0000 after' }),
      put(301, 'inquiries', { id: randomUUID(), note: 'half a smiley \ud83d' }),
      put(302, 'inquiries', { id: randomUUID(), nested: { ['key \u0000']: 1 } }),
      put(303, 'inquiries', {
        id: randomUUID(),
        deep: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) as unknown,
      }),
      put(304, 'inquiries', { id: randomUUID(), note: 'fine' }),
    ]);
    expect(
      results.map((result) => (result.status === 'rejected' ? result.reason : result.status)),
    ).toEqual(['invalid-record', 'invalid-record', 'invalid-record', 'invalid-record', 'applied']);
    // Sent as text: building it as an object would overflow the test's own JSON.stringify.
    const abyss = `{"clientId":"${officer.deviceId}","mutations":[{"mutationId":305,"table":"inquiries","recordId":"${randomUUID()}","operation":"put","baseRevision":null,"priority":5,"payload":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}]}`;
    const before = await counts();
    const deep = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: abyss,
      headers: {
        ...VERSION_HEADERS,
        authorization: `Bearer ${officer.token}`,
        'content-type': 'application/json',
      },
    });
    expect(deep.statusCode).toBe(400);
    expect(deep.json()).toMatchObject({ error: 'invalid-request' });
    expect(await counts()).toEqual(before);
    const login = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: VERSION_HEADERS,
      payload: {
        username: officer.username,
        password: officer.password,
        deviceName: 'laptop\u0000',
      },
    });
    expect(login.statusCode).toBe(400);
  });

  it('refuses requests without version headers, or from too old an app, before anything else', async () => {
    const body = {
      clientId: officer.deviceId,
      mutations: [put(200, 'inquiries', { id: randomUUID() })],
    };
    const missing = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: body,
      headers: { authorization: `Bearer ${officer.token}` },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      error: 'missing-version-headers',
      minimumAppVersion: '0.1.0',
    });
    const old = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: body,
      headers: {
        ...VERSION_HEADERS,
        'x-medinfo-app-version': '0.0.9',
        authorization: `Bearer ${officer.token}`,
      },
    });
    expect(old.statusCode).toBe(426);
    expect(old.json()).toMatchObject({ error: 'upgrade-required', minimumAppVersion: '0.1.0' });
    const newer = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: body,
      headers: {
        ...VERSION_HEADERS,
        'x-medinfo-schema-version': '99',
        authorization: `Bearer ${officer.token}`,
      },
    });
    expect(newer.statusCode).toBe(400);
    expect(newer.json()).toMatchObject({ error: 'unsupported-schema-version' });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await harness.app.inject({ url: '/api/v1/records' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not-found' });
  });
});
