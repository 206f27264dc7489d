// fake-indexeddb must be installed before Dexie loads: this import stays first.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  dismissSyncIssue,
  getInquiry,
  getSafetyReport,
  listSafetyActions,
  resolveConflict,
  updateInquiry,
} from '../../../src/renderer/src/data';
import type { Transport, TransportRequest } from '../../../src/renderer/src/data/sync/transport';
import { recordsFromRows } from '../../../src/renderer/src/data/read-records';
import { systemUserId } from '../../../src/shared/schemas';
import type { PushRequest } from '../../../src/shared/sync';
import { VERSION_HEADERS } from '../server/helpers/harness';
import { DATABASE_KINDS } from '../server/helpers/test-database';
import type { SimDevice } from './helpers/devices';
import { createRecord, createSimDevice, editRecord } from './helpers/devices';
import type { SyncWorld, WorldUser } from './helpers/world';
import { startSyncWorld } from './helpers/world';

describe.each(DATABASE_KINDS)('what the engine does with data on %s', (kind) => {
  let world: SyncWorld;
  const devices: SimDevice[] = [];
  const device = async (
    user: WorldUser,
    options: Parameters<typeof createSimDevice>[3] = {},
  ): Promise<SimDevice> => {
    const created = await createSimDevice(world, user, Math.random, options);
    devices.push(created);
    return created;
  };
  const sent: TransportRequest[] = [];
  const recording = (inner: Transport): Transport => ({
    send(request) {
      sent.push(request);
      return inner.send(request);
    },
  });

  beforeAll(async () => {
    world = await startSyncWorld(kind, 2);
  });
  afterEach(async () => {
    sent.length = 0;
    for (const each of devices.splice(0)) {
      each.engine.stop();
      await each.db.delete();
    }
    await world.reset();
  });
  afterAll(async () => {
    await world.close();
  });

  it('pushes safety reports before everything else, in the first batch', async () => {
    const officer = await device(await world.createUser('field-officer'), {
      batchSize: 3,
      wrapTransport: recording,
    });
    for (let index = 0; index < 4; index += 1)
      await createRecord(officer, 'inquiries', index, null);
    const reportId = await createRecord(officer, 'safetyReports', 1, null);
    await officer.engine.syncNow();
    const pushes = sent
      .filter((request) => request.path === '/api/v1/sync/push')
      .map((request) => JSON.parse(String(request.body)) as PushRequest);
    expect(pushes.length).toBeGreaterThanOrEqual(2);
    expect(pushes[0]?.mutations[0]).toMatchObject({
      table: 'safetyReports',
      recordId: reportId,
      priority: 0,
    });
    // The server's receipt is the forwarding time (PRODUCT.md), recorded without a new outbox row.
    const report = await officer.db.safetyReports.get(reportId);
    expect(report?.status).toBe('forwarded');
    expect(report?.forwarding).toMatchObject({ channel: 'server', reference: null });
    expect(await officer.db.outbox.count()).toBe(0);
  });

  it('stores pulled records without outbox rows or audit events, and marks them pulled', async () => {
    const user = await world.createUser('field-officer');
    const laptop = await device(user);
    const tablet = await device(user);
    const id = await createRecord(laptop, 'inquiries', 1, null);
    await laptop.engine.syncNow();
    const auditBefore = await tablet.db.audit.count();
    const result = await tablet.engine.syncNow();
    expect(result).toMatchObject({ outcome: 'synced', pulled: 1 });
    expect((await getInquiry(tablet.db, id))?.serverRevision).toBeGreaterThan(0);
    expect(await tablet.db.outbox.count()).toBe(0);
    expect(await tablet.db.audit.count()).toBe(auditBefore);
    expect(await tablet.db.recordSync.get(['inquiries', id])).toMatchObject({
      ownerUserId: user.userId,
    });
  });

  it('keeps a pull page and its checkpoint together: a failure mid-page keeps neither', async () => {
    const user = await world.createUser('field-officer');
    const laptop = await device(user);
    for (let index = 0; index < 4; index += 1) await createRecord(laptop, 'inquiries', index, null);
    await laptop.engine.syncNow();
    const tablet = await device(user, { pageSize: 10 });
    let stored = 0;
    const breakOnThird = (): void => {
      stored += 1;
      if (stored === 3) throw new Error('disk full while storing a pulled page');
    };
    tablet.db.inquiries.hook('creating', breakOnThird);
    expect((await tablet.engine.syncNow()).outcome).toBe('failed');
    expect(await tablet.db.inquiries.count()).toBe(0);
    expect(await tablet.db.meta.get('syncCheckpoint')).toMatchObject({ value: { revision: 0 } });
    tablet.db.inquiries.hook('creating').unsubscribe(breakOnThird);
    expect(await tablet.engine.syncNow()).toMatchObject({ outcome: 'synced', pulled: 4 });
    expect(await tablet.db.inquiries.count()).toBe(4);
  });

  it('keeps typing made during a pull on top of the pulled version', async () => {
    const user = await world.createUser('field-officer');
    const laptop = await device(user);
    const tablet = await device(user);
    const id = await createRecord(laptop, 'inquiries', 1, null);
    await laptop.engine.syncNow();
    await tablet.engine.syncNow();
    await updateInquiry(laptop.db, id, { urgency: 'urgent' }, laptop.actor());
    await laptop.engine.syncNow();
    // Typed on the tablet before it pulled the laptop's change: both survive.
    await updateInquiry(tablet.db, id, { status: 'answered' }, tablet.actor());
    await tablet.engine.syncNow();
    await laptop.engine.syncNow();
    for (const each of [laptop, tablet]) {
      expect(await getInquiry(each.db, id)).toMatchObject({
        status: 'answered',
        urgency: 'urgent',
      });
    }
    expect(await tablet.db.syncIssues.count()).toBe(0);
  });

  it('shows a conflict with both values and settles it with the value a person picks', async () => {
    const user = await world.createUser('field-officer');
    const laptop = await device(user);
    const tablet = await device(user);
    const id = await createRecord(laptop, 'inquiries', 1, null);
    await laptop.engine.syncNow();
    await tablet.engine.syncNow();
    await updateInquiry(laptop.db, id, { status: 'closed' }, laptop.actor());
    await updateInquiry(tablet.db, id, { status: 'answered' }, tablet.actor());
    await laptop.engine.syncNow();
    await tablet.engine.syncNow();
    const [issue] = await tablet.db.syncIssues.toArray();
    expect(issue).toMatchObject({
      kind: 'conflict',
      recordId: id,
      conflicts: [{ field: 'status', serverValue: 'closed', clientValue: 'answered' }],
    });
    expect((await getInquiry(tablet.db, id))?.status).toBe('closed');
    expect(await tablet.db.recordSync.get(['inquiries', id])).toMatchObject({ hasConflict: true });
    if (issue === undefined) throw new Error('no conflict');
    await resolveConflict(tablet.db, issue.id, { status: { pick: 'mine' } }, tablet.actor());
    await tablet.engine.syncNow();
    await laptop.engine.syncNow();
    expect(await tablet.db.syncIssues.count()).toBe(0);
    for (const each of [laptop, tablet])
      expect((await getInquiry(each.db, id))?.status).toBe('answered');
    const flag = await world.test.database.query<{ has_conflict: boolean }>(
      'SELECT has_conflict FROM records WHERE id = $1',
      [id],
    );
    expect(flag.rows[0]?.has_conflict).toBe(false);
  });

  it('lists a refused change without blocking the queue, and restores the server copy', async () => {
    const officer = await device(await world.createUser('field-officer'));
    const reportId = await createRecord(officer, 'safetyReports', 1, null);
    await officer.engine.syncNow();
    // A correction that slipped in after forwarding (the screen forbids it; here it is forced).
    const report = await getSafetyReport(officer.db, reportId);
    const row = await officer.db.safetyReports.get(reportId);
    if (report === undefined || row === undefined) throw new Error('no report');
    await officer.db.safetyReports.put({ ...row, status: 'flagged', forwarding: null });
    expect(await editRecord(officer, { table: 'safetyReports', id: reportId }, 7)).toBe(true);
    const later = await createRecord(officer, 'inquiries', 2, null);
    expect((await officer.engine.syncNow()).outcome).toBe('synced');
    const [issue] = await officer.db.syncIssues.toArray();
    expect(issue).toMatchObject({ kind: 'rejected', reason: 'immutable-forwarded-report' });
    const restored = await getSafetyReport(officer.db, reportId);
    expect(restored?.kind === 'adverse-event' && restored.personal.narrative).toBe(
      report.kind === 'adverse-event' && report.personal.narrative,
    );
    expect(restored?.status).toBe('forwarded');
    expect((await getInquiry(officer.db, later))?.serverRevision).toBeGreaterThan(0);
    if (issue === undefined) throw new Error('no issue');
    await dismissSyncIssue(officer.db, issue.id, officer.actor());
    expect(await officer.db.syncIssues.count()).toBe(0);
  });

  it('brings a PV acknowledgement to the device of the report owner', async () => {
    const officer = await device(await world.createUser('field-officer'));
    const liaison = await world.createUser('pv-liaison');
    const reportId = await createRecord(officer, 'safetyReports', 1, null);
    await officer.engine.syncNow();
    const app = world.apps[0];
    if (app === null || app === undefined) throw new Error('no instance');
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: VERSION_HEADERS,
      payload: { username: liaison.username, password: liaison.password, deviceName: 'PV desk' },
    });
    const token = login.json<{ token: string }>().token;
    await app.inject({
      method: 'POST',
      url: `/api/v1/safety-reports/${reportId}/acknowledge`,
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${token}` },
      payload: { pvCaseId: 'DE-HP-2026-000417' },
    });
    await officer.engine.syncNow();
    const actions = await listSafetyActions(officer.db, reportId);
    expect(actions).toEqual([
      expect.objectContaining({
        kind: 'acknowledged',
        pvCaseId: 'DE-HP-2026-000417',
        createdBy: systemUserId,
        deleted: false,
      }),
    ]);
  });

  it('starts again from zero when the server asks for a resync, keeping unsent changes', async () => {
    const user = await world.createUser('field-officer');
    const laptop = await device(user);
    const first = await createRecord(laptop, 'inquiries', 1, null);
    await laptop.engine.syncNow();
    const pending = await createRecord(laptop, 'inquiries', 2, null);
    await laptop.db.meta.put({
      key: 'syncCheckpoint',
      value: {
        serverId: ((await laptop.db.meta.get('syncCheckpoint'))?.value as { serverId: string })
          .serverId, // as: the checkpoint schema
        revision: 999_999,
      },
    });
    expect((await laptop.engine.syncNow()).outcome).toBe('synced');
    expect((await getInquiry(laptop.db, first))?.serverRevision).toBeGreaterThan(0);
    expect((await getInquiry(laptop.db, pending))?.serverRevision).toBeGreaterThan(0);
    const checkpoint = (await laptop.db.meta.get('syncCheckpoint'))?.value as { revision: number }; // as: the checkpoint schema
    expect(checkpoint.revision).toBeLessThan(999_999);
  });

  it('gets the same result through either of two server instances', async () => {
    const user = await world.createUser('field-officer');
    const viaFirst = await createSimDevice(world, user, () => 0);
    const viaSecond = await createSimDevice(world, user, () => 0.99);
    devices.push(viaFirst, viaSecond);
    for (let index = 0; index < 3; index += 1) {
      await createRecord(viaFirst, 'inquiries', index, null);
      await createRecord(viaSecond, 'events', index, null);
    }
    for (let round = 0; round < 2; round += 1) {
      await viaFirst.engine.syncNow();
      await viaSecond.engine.syncNow();
    }
    const snapshot = async (each: SimDevice): Promise<unknown> => ({
      // Decrypted: each device encrypts personal parts with its own record keys.
      inquiries: (
        await recordsFromRows(each.db, 'inquiries', await each.db.inquiries.toArray())
      ).sort((a, b) => a.id.localeCompare(b.id)),
      events: (await each.db.events.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(await snapshot(viaSecond)).toEqual(await snapshot(viaFirst));
    expect(await viaFirst.db.inquiries.count()).toBe(3);
    expect(await viaFirst.db.events.count()).toBe(3);
  });
});
