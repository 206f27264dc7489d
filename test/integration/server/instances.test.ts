import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import type { PullResponse } from '../../../src/shared/sync';
import type { Harness, Session } from './helpers/harness';
import { TEST_SETTINGS, put, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

describe.each(DATABASE_KINDS)('two instances on one %s database', (kind) => {
  let harness: Harness;
  let second: FastifyInstance;
  let officer: Session;
  let colleague: Session;

  beforeAll(async () => {
    harness = await startHarness(kind, { loginRateLimit: { max: 3, timeWindowMs: 60_000 } });
    second = await buildApp({
      database: await harness.db.openAnother(),
      settings: { ...TEST_SETTINGS, loginRateLimit: { max: 3, timeWindowMs: 60_000 } },
    });
    officer = await harness.session('field-officer');
    colleague = await harness.session('field-officer');
  });
  afterAll(async () => {
    await second.close();
    await harness.close();
  });

  it('accepts on one instance the token issued by the other', async () => {
    const page = await harness.pull(officer, 0, 10, second);
    expect(page.resyncRequired).toBe(false);
  });

  it('answers a batch retried on the other instance with the original results', async () => {
    const batch = [
      put(1, 'inquiries', { id: randomUUID(), status: 'open' }),
      put(2, 'noSuchTable', { id: randomUUID() }),
    ];
    const first = await harness.push(officer, batch, harness.app);
    const retried = await harness.push(officer, batch, second);
    expect(retried).toEqual(first);
  });

  it('applies concurrent pushes through both instances with distinct, gap-free pulls', async () => {
    const pushes = Array.from({ length: 6 }, (_, index) => {
      const session = index % 2 === 0 ? officer : colleague;
      const app = index % 3 === 0 ? harness.app : second;
      return harness.push(
        session,
        [put(100 + index, 'inquiries', { id: randomUUID(), index })],
        app,
      );
    });
    const results = (await Promise.all(pushes)).flatMap((response) => response.results);
    const revisions = results.map((result) =>
      result.status === 'applied' ? result.serverRevision : -1,
    );
    expect(new Set(revisions).size).toBe(6);
    expect(revisions.every((revision) => revision > 0)).toBe(true);
    // Both instances give the same pages.
    const fromFirst: PullResponse = await harness.pull(officer, 0, 1000, harness.app);
    const fromSecond: PullResponse = await harness.pull(officer, 0, 1000, second);
    expect(fromSecond).toEqual(fromFirst);
  });

  it('counts login attempts across instances', async () => {
    const attempt = (app: FastifyInstance): Promise<number> =>
      app
        .inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: {
            'x-medinfo-protocol-version': '1',
            'x-medinfo-schema-version': '1',
            'x-medinfo-app-version': '0.1.0',
          },
          payload: { username: 'shared-limit', password: 'wrong password 1', deviceName: 'x' },
        })
        .then((response) => response.statusCode);
    const statuses = [
      await attempt(harness.app),
      await attempt(second),
      await attempt(harness.app),
      await attempt(second),
    ];
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
