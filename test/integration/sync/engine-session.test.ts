// fake-indexeddb must be installed before Dexie loads: this import stays first.
import 'fake-indexeddb/auto';
import { unlockKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import { seedDemoData } from '../../../src/renderer/src/data/demo';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { revokeDevices } from '../../../src/server/repositories/devices-repository';
import { SessionRefusedError, openDatabase, removeDemoData } from '../../../src/renderer/src/data';
import { SyncEngine } from '../../../src/renderer/src/data/sync/engine';
import type { Transport } from '../../../src/renderer/src/data/sync/transport';
import { toDeviceTimestamp } from '../../../src/shared/domain';
import { createInjectTransport } from '../../helpers/sync/inject-transport';
import { addLocalPerson } from '../../helpers/sync/local-person';
import { TEST_SETTINGS } from '../server/helpers/harness';
import { DATABASE_KINDS } from '../server/helpers/test-database';
import type { SimDevice } from './helpers/devices';
import { SERVER_URL, createRecord, createSimDevice } from './helpers/devices';
import type { SyncWorld } from './helpers/world';
import { startSyncWorld } from './helpers/world';

const clientIdOf = async (device: SimDevice): Promise<string> =>
  ((await device.db.meta.get('syncSession'))?.value as { clientId: string }).clientId; // as: the session schema

describe.each(DATABASE_KINDS)('signing in and staying signed in on %s', (kind) => {
  let world: SyncWorld;
  const devices: SimDevice[] = [];
  const device = async (
    role: 'field-officer' | 'mi-specialist',
    options: Parameters<typeof createSimDevice>[3] = {},
  ): Promise<SimDevice> => {
    const created = await createSimDevice(
      world,
      await world.createUser(role),
      Math.random,
      options,
    );
    devices.push(created);
    return created;
  };
  const serverCount = async (table: string): Promise<number> =>
    (
      await world.test.database.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM records WHERE table_name = $1',
        [table],
      )
    ).rows[0]?.count ?? 0;

  beforeAll(async () => {
    world = await startSyncWorld(kind, 1);
  });
  afterEach(async () => {
    for (const each of devices.splice(0)) {
      each.engine.stop();
      await each.db.delete();
    }
    await world.reset();
  });
  afterAll(async () => {
    await world.close();
  });

  it('stops at a token revoked mid-sync, asks to sign in again, and loses nothing', async () => {
    let pushes = 0;
    let revoke: () => Promise<void> = () => Promise.resolve();
    const watch = (inner: Transport): Transport => ({
      async send(request) {
        const response = await inner.send(request);
        if (request.path === '/api/v1/sync/push' && (pushes += 1) === 1) await revoke();
        return response;
      },
    });
    const officer = await device('field-officer', { batchSize: 2, wrapTransport: watch });
    revoke = async () => {
      await revokeDevices(world.test.database, { deviceId: await clientIdOf(officer) });
    };
    for (let index = 0; index < 5; index += 1)
      await createRecord(officer, 'inquiries', index, null);

    const result = await officer.engine.syncNow();
    expect(result.outcome).toBe('failed');
    const status = officer.engine.getStatus();
    expect(status.phase).toBe('needs-sign-in');
    expect(status.lastError?.code).toBe('token-revoked');
    expect(await officer.db.outbox.count()).toBe(3);
    expect(await serverCount('inquiries')).toBe(2);
    // Nothing is tried while the token is gone.
    expect((await officer.engine.syncNow()).outcome).toBe('skipped');

    await officer.engine.signIn({
      serverUrl: SERVER_URL,
      username: officer.user.username,
      password: officer.user.password,
      deviceName: 'Booth laptop',
      localUserId: officer.localUserId,
    });
    expect((await officer.engine.syncNow()).outcome).toBe('synced');
    expect(await officer.db.outbox.count()).toBe(0);
    expect(await serverCount('inquiries')).toBe(5);
  });

  it('treats an expired token the same way and renews the same device on sign-in', async () => {
    const officer = await device('field-officer');
    const clientId = await clientIdOf(officer);
    await createRecord(officer, 'inquiries', 1, null);
    await world.test.database.query(
      "UPDATE devices SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [clientId],
    );
    await officer.engine.syncNow();
    expect(officer.engine.getStatus()).toMatchObject({
      phase: 'needs-sign-in',
      lastError: { code: 'token-expired' },
    });
    expect(await officer.db.outbox.count()).toBe(1);
    await officer.engine.signIn({
      serverUrl: SERVER_URL,
      username: officer.user.username,
      password: officer.user.password,
      deviceName: 'Booth laptop',
      localUserId: officer.localUserId,
    });
    expect(await clientIdOf(officer)).toBe(clientId);
    expect((await officer.engine.syncNow()).outcome).toBe('synced');
    expect(await serverCount('inquiries')).toBe(1);
  });

  it("refuses another person's sign-in while the last one's changes are unsynced", async () => {
    const officer = await device('field-officer');
    await createRecord(officer, 'inquiries', 1, null);
    // A colleague with their own account on the same laptop signs it in to their server account.
    const colleague = await world.createUser('field-officer');
    const colleagueHere = await addLocalPerson(officer.db, colleague);
    const refusal = await officer.engine
      .signIn({
        serverUrl: SERVER_URL,
        username: colleague.username,
        password: colleague.password,
        deviceName: 'Booth laptop',
        localUserId: colleagueHere.id,
      })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SessionRefusedError);
    expect(refusal).toMatchObject({ reason: 'different-user' });
    expect(await officer.db.outbox.count()).toBe(1);
  });

  it('says the app must be updated when the server refuses its version, and sends nothing', async () => {
    const strict = await buildApp({
      database: world.databases[0] ?? world.test.database,
      settings: { ...TEST_SETTINGS, minimumAppVersion: '9.0.0' },
    });
    try {
      const officer = await device('field-officer');
      await createRecord(officer, 'inquiries', 1, null);
      const engine = new SyncEngine({
        db: officer.db,
        appVersion: '0.1.0',
        createTransport: () => createInjectTransport(() => strict),
      });
      await engine.syncNow();
      expect(engine.getStatus()).toMatchObject({
        phase: 'upgrade-required',
        minimumAppVersion: '9.0.0',
        lastError: { code: 'upgrade-required' },
      });
      expect((await engine.syncNow()).outcome).toBe('skipped');
      expect(await officer.db.outbox.count()).toBe(1);
      expect(await serverCount('inquiries')).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it('never connects a demo store to a company server, and says why', async () => {
    const user = await world.createUser('field-officer');
    const db = await openDatabase({ name: `demo-${crypto.randomUUID()}` });
    await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32)));
    await seedDemoData(db, new Date());
    const engine = new SyncEngine({
      db,
      appVersion: '0.1.0',
      createTransport: () => createInjectTransport(() => world.apps[0] ?? null),
    });
    try {
      const credentials = {
        serverUrl: SERVER_URL,
        username: user.username,
        password: user.password,
        deviceName: 'Demo laptop',
        localUserId: (await addLocalPerson(db, user)).id,
      };
      await expect(engine.signIn(credentials)).rejects.toMatchObject({ reason: 'demo-store' });
      // Even with a session planted in the store, the demo outbox is never pushed.
      await db.meta.put({
        key: 'syncSession',
        value: {
          serverUrl: SERVER_URL,
          clientId: crypto.randomUUID(),
          token: 'x'.repeat(43),
          tokenExpiresAt: '2099-01-01T00:00:00.000Z',
          user: {
            id: user.userId,
            username: user.username,
            displayName: null,
            role: 'field-officer',
            permissions: [],
          },
          deviceName: 'Demo laptop',
          signedInAt: '2026-01-01T00:00:00.000Z',
        },
      });
      expect((await engine.syncNow()).outcome).toBe('skipped');
      expect(engine.getStatus().phase).toBe('demo-store');
      expect(await db.outbox.count()).toBeGreaterThan(40);
      expect(await serverCount('inquiries')).toBe(0);

      expect(await removeDemoData(db, toDeviceTimestamp(new Date()), false)).toBe(true);
      expect(await db.inquiries.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
      // The demo's accounts left with it: the person creates their own account first.
      await engine.signIn({ ...credentials, localUserId: (await addLocalPerson(db, user)).id });
      expect((await engine.syncNow()).outcome).toBe('synced');
      expect(await serverCount('inquiries')).toBe(0);
      // Reopening never seeds the demo again.
      db.close();
      const reopened = await openDatabase({ name: db.name });
      await unlockKeyring(reopened, crypto.getRandomValues(new Uint8Array(32)));
      expect(await seedDemoData(reopened, new Date())).toBe(false);
      expect(await reopened.inquiries.count()).toBe(0);
      reopened.close();
    } finally {
      engine.stop();
      db.close();
      await db.delete();
    }
  });
});
