import { describe, expect, it } from 'vitest';
import { createInquiry } from '../../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../../src/renderer/src/data';
import { SyncEngine } from '../../../../src/renderer/src/data/sync/engine';
import type { Transport } from '../../../../src/renderer/src/data/sync/transport';
import { NetworkError } from '../../../../src/renderer/src/data/sync/transport';
import { createManualTimers } from '../../../helpers/sync/manual-timers';
import { sampleInquiry } from '../../shared/fixtures';
import { actorAt, openTestStore } from '../store-fixtures';

async function signedInStore(): Promise<MedinfoDatabase> {
  const db = await openTestStore();
  await db.meta.put({
    key: 'syncSession',
    value: {
      serverUrl: 'https://medinfo.example.com',
      clientId: '0193aaaa-0000-7000-8000-00000000000a',
      token: 't'.repeat(43),
      tokenExpiresAt: '2099-01-01T00:00:00.000Z',
      user: {
        id: '11111111-1111-4111-8111-111111111111',
        username: 'maja',
        displayName: 'Maja Lindqvist',
        role: 'field-officer',
        permissions: [],
      },
      deviceName: 'Booth laptop',
      signedInAt: '2026-03-02T08:00:00.000Z',
    },
  });
  return db;
}

const unreachable: Transport = {
  send: () => Promise.reject(new NetworkError('no route to host')),
};

function answering(status: number, headers: Record<string, string>, body: unknown): Transport {
  return {
    send: () =>
      Promise.resolve({ status, headers, body: new TextEncoder().encode(JSON.stringify(body)) }),
  };
}

describe('when the engine syncs and retries', () => {
  it('goes offline when the server cannot be reached, keeps the outbox and backs off with jitter', async () => {
    const db = await signedInStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    const manual = createManualTimers();
    let clock = Date.parse('2026-03-02T10:00:00Z');
    const engine = new SyncEngine({
      db,
      appVersion: '0.1.0',
      createTransport: () => unreachable,
      timers: manual.timers,
      random: () => 0.999,
      now: () => new Date(clock),
    });
    await engine.start();
    expect(manual.delays()).toContain(0);
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({
      phase: 'offline',
      isServerReachable: false,
      failedAttempts: 1,
      lastError: { code: 'unreachable', message: 'no route to host' },
    });
    expect(manual.delays()[0]).toBe(999);
    clock += 1000;
    await engine.syncNow();
    expect(manual.delays()[0]).toBe(1998);
    expect(await db.outbox.count()).toBe(1);
    // A change during a backoff does not cut the pause short.
    engine.notifyLocalChange();
    expect(manual.delays()[0]).toBe(1998);
    engine.stop();
  });

  it('waits as long as a rate-limited server asks (retry-after)', async () => {
    const db = await signedInStore();
    const manual = createManualTimers();
    const engine = new SyncEngine({
      db,
      appVersion: '0.1.0',
      createTransport: () =>
        answering(
          429,
          { 'retry-after': '120' },
          { error: 'too-many-requests', message: 'Slow down' },
        ),
      timers: manual.timers,
      random: () => 0.5,
    });
    await engine.start();
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({
      phase: 'retrying',
      lastError: { code: 'too-many-requests' },
    });
    expect(manual.delays()).toContain(120_000);
    engine.stop();
  });

  it('ends a request that hangs, and reports a queue that makes no progress', async () => {
    const db = await signedInStore();
    await createInquiry(db, sampleInquiry(), actorAt());
    let clock = Date.parse('2026-03-02T10:00:00Z');
    const hanging: Transport = {
      send: (request) =>
        new Promise((_resolve, reject) => {
          request.signal?.addEventListener('abort', () =>
            reject(new DOMException('The watchdog ended the request', 'AbortError')),
          );
        }),
    };
    const manual = createManualTimers();
    const engine = new SyncEngine({
      db,
      appVersion: '0.1.0',
      createTransport: () => hanging,
      timers: manual.timers,
      now: () => new Date(clock),
      watchdog: { intervalMs: 1000, stuckAfterMs: 60_000, cycleTimeoutMs: 30_000 },
    });
    await engine.start();
    const cycle = engine.syncNow();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(engine.getStatus().phase).toBe('syncing');
    clock += 31_000;
    await engine['watchdog'].check();
    expect((await cycle).outcome).toBe('failed');
    expect(engine.getStatus()).toMatchObject({
      phase: 'offline',
      lastError: { code: 'unreachable' },
    });
    expect(engine.getStatus().isQueueStuck).toBe(false);
    clock += 60_000;
    await engine['watchdog'].check();
    expect(engine.getStatus().isQueueStuck).toBe(true);
    engine.stop();
  });

  it('asks the person to sign in again when the server refuses the token, keeping the session', async () => {
    const db = await signedInStore();
    const engine = new SyncEngine({
      db,
      appVersion: '0.1.0',
      createTransport: () =>
        answering(401, {}, { error: 'token-revoked', message: 'This device was revoked.' }),
      timers: createManualTimers().timers,
    });
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({
      phase: 'needs-sign-in',
      user: { username: 'maja' },
      lastError: { code: 'token-revoked' },
    });
    const session = (await db.meta.get('syncSession'))?.value as { token: string | null }; // as: the session schema
    expect(session.token).toBeNull();
  });
});
