// fake-indexeddb must be installed before Dexie loads: this import stays first.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AccountMismatchError, saveUser } from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { toDeviceTimestamp } from '../../../src/shared/domain';
import type { User } from '../../../src/shared/schemas';
import { addLocalPerson } from '../../helpers/sync/local-person';
import { DATABASE_KINDS } from '../server/helpers/test-database';
import type { SimDevice } from './helpers/devices';
import { SERVER_URL, createRecord, createSimDevice } from './helpers/devices';
import type { SyncWorld, WorldUser } from './helpers/world';
import { startSyncWorld } from './helpers/world';

/** Everything a refused sign-in must leave as it was on the laptop. */
async function snapshot(db: MedinfoDatabase): Promise<unknown> {
  return {
    users: await db.users.toArray(),
    audit: await db.audit.count(),
    meta: await db.meta.toArray(),
    outbox: await db.outbox.toArray(),
    inquiries: await db.inquiries.toArray(),
  };
}

describe.each(DATABASE_KINDS)('local accounts linked to server accounts on %s', (kind) => {
  let world: SyncWorld;
  const devices: SimDevice[] = [];

  /** A laptop whose signed-in person is `user` on this device too (not signed in to the server). */
  const laptopOf = async (user: WorldUser): Promise<SimDevice> => {
    const created = await createSimDevice(world, user, Math.random, { isSignedIn: false });
    devices.push(created);
    return created;
  };
  const signIn = (device: SimDevice, server: WorldUser, localUserId = device.localUserId) =>
    device.engine.signIn({
      serverUrl: SERVER_URL,
      username: server.username,
      password: server.password,
      deviceName: 'Booth laptop',
      localUserId,
    });
  const localAccount = async (device: SimDevice, id = device.localUserId): Promise<User> => {
    const user = await device.db.users.get(id);
    if (user === undefined) throw new Error('no local account');
    return user;
  };
  const refusalOf = (attempt: Promise<unknown>): Promise<unknown> =>
    attempt.then(
      () => {
        throw new Error('the sign-in was not refused');
      },
      (error: unknown) => error,
    );
  const liveDevicesOf = async (user: WorldUser): Promise<number> =>
    (
      await world.test.database.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM devices WHERE user_id = $1 AND revoked_at IS NULL',
        [user.userId],
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

  it('links the local account to the same person’s server account, audited in their name', async () => {
    const officer = await world.createUser('field-officer');
    const laptop = await laptopOf(officer);
    const auditBefore = await laptop.db.audit.count();

    await signIn(laptop, officer);

    expect((await localAccount(laptop)).serverUserId).toBe(officer.userId);
    const events = await laptop.db.audit.where('recordId').equals(laptop.localUserId).toArray();
    const link = events.sort((a, b) => a.sequence - b.sequence).at(-1);
    expect(await laptop.db.audit.count()).toBe(auditBefore + 1);
    expect(link).toMatchObject({
      table: 'users',
      action: 'update',
      actorUserId: laptop.localUserId,
    });
    expect(link?.changes).toContainEqual(
      expect.objectContaining({ field: 'serverUserId', before: null, after: officer.userId }),
    );
    // Signing in again (a new token) changes nothing about the link.
    const auditAfter = await laptop.db.audit.count();
    await signIn(laptop, officer);
    expect(await laptop.db.audit.count()).toBe(auditAfter);
    expect((await laptop.engine.syncNow()).outcome).toBe('synced');
  });

  it('refuses another person’s server account before asking the server, and changes nothing', async () => {
    const officer = await world.createUser('field-officer');
    const colleague = await world.createUser('field-officer');
    const laptop = await laptopOf(officer);
    await createRecord(laptop, 'inquiries', 1, null);
    const before = await snapshot(laptop.db);

    const refusal = await refusalOf(signIn(laptop, colleague));

    expect(refusal).toBeInstanceOf(AccountMismatchError);
    expect(refusal).toMatchObject({
      reason: 'account-mismatch',
      mismatch: {
        kind: 'username',
        localUsername: officer.username,
        serverUsername: colleague.username,
      },
    });
    expect(await snapshot(laptop.db)).toEqual(before);
    expect(await liveDevicesOf(colleague)).toBe(0);
  });

  it('refuses the same user ID with another role, revokes the token it got, and changes nothing', async () => {
    const specialist = await world.createUser('mi-specialist');
    const laptop = await laptopOf(specialist);
    // On this laptop the same user ID is a field officer.
    const local = await localAccount(laptop);
    await saveUser(
      laptop.db,
      { ...local, role: 'field-officer' },
      { userId: local.id, at: toDeviceTimestamp(new Date()) },
    );
    const before = await snapshot(laptop.db);

    const refusal = await refusalOf(signIn(laptop, specialist));

    expect(refusal).toMatchObject({
      reason: 'account-mismatch',
      mismatch: { kind: 'role', localRole: 'field-officer', serverRole: 'mi-specialist' },
    });
    expect(await snapshot(laptop.db)).toEqual(before);
    expect(await laptop.db.meta.get('syncSession')).toBeUndefined();
    expect(await liveDevicesOf(specialist)).toBe(0);
  });

  it('refuses a server account of the same name once the local account is linked to another', async () => {
    const officer = await world.createUser('field-officer');
    const laptop = await laptopOf(officer);
    await signIn(laptop, officer);
    // The company starts a new server: the same user ID there is another server account.
    await world.reset();
    const again = await world.createUser('field-officer');
    await world.test.database.query('UPDATE users SET username = $1 WHERE id = $2', [
      officer.username,
      again.userId,
    ]);
    const before = await snapshot(laptop.db);

    const refusal = await refusalOf(signIn(laptop, { ...again, username: officer.username }));

    expect(refusal).toMatchObject({
      reason: 'account-mismatch',
      mismatch: { kind: 'linked-elsewhere', localUsername: officer.username },
    });
    expect(await snapshot(laptop.db)).toEqual(before);
    expect((await localAccount(laptop)).serverUserId).toBe(officer.userId);
  });

  it('refuses a server account another local account is linked to', async () => {
    const officer = await world.createUser('field-officer');
    const laptop = await laptopOf(officer);
    await signIn(laptop, officer);
    // Someone renamed a second local account after the first one linked (only the id counts).
    const second = await addLocalPerson(laptop.db, {
      username: 'second.account',
      role: 'field-officer',
    });
    const first = await localAccount(laptop);
    const at = toDeviceTimestamp(new Date());
    await saveUser(laptop.db, { ...first, username: 'renamed.account' }, { userId: first.id, at });
    await saveUser(
      laptop.db,
      { ...second, username: officer.username, serverUserId: null },
      { userId: second.id, at },
    );
    const before = await snapshot(laptop.db);

    const refusal = await refusalOf(signIn(laptop, officer, second.id));

    expect(refusal).toMatchObject({
      reason: 'account-mismatch',
      mismatch: { kind: 'server-account-taken', otherUsername: 'renamed.account' },
    });
    expect(await snapshot(laptop.db)).toEqual(before);
  });

  it('lets another person of the laptop sign in with their own server account once nothing waits', async () => {
    const officer = await world.createUser('field-officer');
    const colleague = await world.createUser('mi-specialist');
    const laptop = await laptopOf(officer);
    await signIn(laptop, officer);
    await createRecord(laptop, 'inquiries', 1, null);
    expect((await laptop.engine.syncNow()).outcome).toBe('synced');
    const colleagueHere = await addLocalPerson(laptop.db, colleague);

    await signIn(laptop, colleague, colleagueHere.id);

    expect((await localAccount(laptop, colleagueHere.id)).serverUserId).toBe(colleague.userId);
    expect((await localAccount(laptop)).serverUserId).toBe(officer.userId);
    expect((await laptop.db.meta.get('syncSession'))?.value).toMatchObject({
      user: { id: colleague.userId },
    });
    // The officer's records left with the officer's session; the specialist pulls the team's.
    expect(await laptop.db.inquiries.count()).toBe(0);
    expect((await laptop.engine.syncNow()).outcome).toBe('synced');
    expect(await laptop.db.inquiries.count()).toBe(1);
  });
});
