import { randomUUID } from 'node:crypto';
import {
  createInquiry,
  deleteInquiry,
  createSafetyReport,
  getInquiry,
  getSafetyReport,
  openDatabase,
  saveEvent,
  storeBlob,
  updateInquiry,
  updateSafetyReport,
} from '../../../../src/renderer/src/data';
import { unlockKeyring } from '../../../../src/renderer/src/data/crypto/keyring';
import { assertEditable } from '../../../../src/shared/safety/day-zero';
import { seriousAdverseEvent } from '../../../unit/shared/safety/report-fixtures';
import type { Actor, MedinfoDatabase } from '../../../../src/renderer/src/data';
import { SyncEngine } from '../../../../src/renderer/src/data/sync/engine';
import type { Transport } from '../../../../src/renderer/src/data/sync/transport';
import { writeSynced } from '../../../../src/renderer/src/data/write-synced';
import type { CongressEvent } from '../../../../src/shared/schemas';
import { createId, toDeviceTimestamp } from '../../../../src/shared/domain';
import { createFaultTransport, NO_FAULTS } from '../../../helpers/sync/fault-transport';
import type { FaultLog, FaultRates } from '../../../helpers/sync/fault-transport';
import { createInjectTransport } from '../../../helpers/sync/inject-transport';
import { addLocalPerson } from '../../../helpers/sync/local-person';
import { sampleInquiry } from '../../../unit/shared/fixtures';
import type { SyncWorld, WorldUser } from './world';

/** One simulated laptop: its own store, the real engine, a faulty network. */
export type SimDevice = {
  name: string;
  db: MedinfoDatabase;
  engine: SyncEngine;
  user: WorldUser;
  /** The person's account on this laptop (same user ID and role as `user`). */
  localUserId: string;
  actor: () => Actor;
  faults: { rates: FaultRates; log: FaultLog };
};

export const SERVER_URL = 'http://sync.test';

const emptyLog = (): FaultLog => ({ ...NO_FAULTS });

/**
 * Opens a device store, builds its engine over the world's instances through the fault
 * transport, and signs the user in (without faults).
 */
export async function createSimDevice(
  world: SyncWorld,
  user: WorldUser,
  random: () => number,
  options: {
    batchSize?: number;
    pageSize?: number;
    /** Wraps the transport (to watch or hold requests in a test). */
    wrapTransport?: (transport: Transport) => Transport;
    /** Signs in when true (the default). */
    isSignedIn?: boolean;
  } = {},
): Promise<SimDevice> {
  const name = `sim-${randomUUID()}`;
  const db = await openDatabase({ name });
  // Someone is signed in on the laptop: its device key is unlocked (personal data is encrypted).
  await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32)));
  const faults = { rates: { ...NO_FAULTS }, log: emptyLog() };
  const localUserId = (await addLocalPerson(db, user)).id;
  const engine = new SyncEngine({
    db,
    appVersion: '0.1.0',
    createTransport: () =>
      (options.wrapTransport ?? ((transport: Transport) => transport))(
        createFaultTransport(
          createInjectTransport(() => world.pickApp(random)),
          {
            random,
            rates: () => faults.rates,
            log: faults.log,
            onRestart: () => world.restart(Math.floor(random() * world.apps.length)),
          },
        ),
      ),
    random,
    batchSize: options.batchSize ?? 6,
    pageSize: options.pageSize ?? 5,
    yieldToUi: () => Promise.resolve(),
  });
  if (options.isSignedIn !== false) {
    await engine.signIn({
      serverUrl: SERVER_URL,
      username: user.username,
      password: user.password,
      deviceName: name.slice(0, 40),
      localUserId,
    });
  }
  return {
    name,
    db,
    engine,
    user,
    localUserId,
    actor: () => ({ userId: localUserId, at: toDeviceTimestamp(new Date()) }),
    faults,
  };
}

/** The records a device may change, by table (what its user may write). */
export async function writableRecords(
  device: SimDevice,
): Promise<{ table: 'inquiries' | 'events' | 'safetyReports'; id: string }[]> {
  const { db } = device;
  const inquiries = (await db.inquiries.toArray()).filter((row) => !row.deleted);
  const events = (await db.events.toArray()).filter((row) => !row.deleted);
  const reports = (await db.safetyReports.toArray()).filter(
    (row) => !row.deleted && row.status === 'flagged',
  );
  return [
    ...inquiries.map((row) => ({ table: 'inquiries' as const, id: row.id })),
    ...events.map((row) => ({ table: 'events' as const, id: row.id })),
    ...reports.map((row) => ({ table: 'safetyReports' as const, id: row.id })),
  ];
}

/** Creates an inquiry, an event or a safety report (with a file when asked) on the device. */
export async function createRecord(
  device: SimDevice,
  table: 'inquiries' | 'events' | 'safetyReports',
  variant: number,
  blobSize: number | null,
): Promise<string> {
  const actor = device.actor();
  if (table === 'inquiries') {
    const inquiry = await createInquiry(
      device.db,
      sampleInquiry({ urgency: (['urgent', 'high', 'normal', 'low'] as const)[variant % 4] }),
      actor,
    );
    return inquiry.id;
  }
  if (table === 'events') {
    const event: CongressEvent = {
      ...recordBase(actor),
      name: `Congress ${variant}`,
      city: 'Lisbon',
      country: 'PT',
      startDate: '2026-05-01',
      endDate: '2026-05-03',
      boothLabel: null,
      boothStaffUserIds: [],
    };
    return (await saveEvent(device.db, event, actor)).id;
  }
  // Safety reports carry no files in the safety model: a file made with one travels as a blob.
  if (blobSize !== null) {
    await storeBlob(
      device.db,
      new Uint8Array(blobSize).map((_, index) => (index * 31 + variant) % 251),
      'image/png',
      actor.at,
    );
  }
  const content = seriousAdverseEvent({ awarenessAt: actor.at, inquiryId: null });
  const report = await createSafetyReport(
    device.db,
    {
      ...content,
      sourceReceivedAt: null,
      personal: { ...content.personal, narrative: `Rash after the second dose (${variant})` },
    },
    actor,
  );
  return report.id;
}

/**
 * Changes one field of a record the device holds; false when the store refused (a report that
 * was forwarded meanwhile, a record deleted meanwhile).
 */
export async function editRecord(
  device: SimDevice,
  target: { table: 'inquiries' | 'events' | 'safetyReports'; id: string },
  variant: number,
): Promise<boolean> {
  const actor = device.actor();
  try {
    if (target.table === 'inquiries') {
      const current = await getInquiry(device.db, target.id);
      if (current === undefined) return false;
      const statuses = ['open', 'in-progress', 'answered', 'closed'] as const;
      const change =
        variant % 3 === 0
          ? { status: statuses[variant % 4] }
          : variant % 3 === 1
            ? { urgency: (['urgent', 'high', 'normal', 'low'] as const)[variant % 4] }
            : { personal: { ...current.personal, notes: `note ${variant}` } };
      await updateInquiry(device.db, target.id, change, actor);
      return true;
    }
    if (target.table === 'events') {
      const event = await device.db.events.get(target.id);
      if (event === undefined || event.deleted) return false;
      const change =
        variant % 2 === 0 ? { name: `Congress ${variant}` } : { city: `City ${variant}` };
      await saveEvent(device.db, { ...event, ...change }, actor);
      return true;
    }
    const report = await getSafetyReport(device.db, target.id);
    if (report === undefined) return false;
    if (report.kind !== 'adverse-event') return false;
    await updateSafetyReport(
      device.db,
      target.id,
      { personal: { ...report.personal, narrative: `Completed narrative ${variant}` } },
      actor,
    );
    return true;
  } catch (error) {
    // A pull running beside the typing may have brought a delete between the read and the write.
    if (
      error instanceof Error &&
      ['SafetyRuleError', 'ImmutableFieldError', 'RecordNotFoundError'].includes(error.name)
    )
      return false;
    throw error;
  }
}

/** Deletes a record the device holds (a tombstone); false when the store refused. */
export async function deleteRecord(
  device: SimDevice,
  target: { table: 'inquiries' | 'events' | 'safetyReports'; id: string },
): Promise<boolean> {
  const actor = device.actor();
  try {
    if (target.table === 'inquiries') await deleteInquiry(device.db, target.id, actor);
    else if (target.table === 'safetyReports') {
      const report = await getSafetyReport(device.db, target.id);
      if (report === undefined) return false;
      assertEditable(report);
      await writeSynced(device.db, {
        table: 'safetyReports',
        record: report,
        actor,
        operation: 'delete',
      });
    } else {
      const event = await device.db.events.get(target.id);
      if (event === undefined || event.deleted) return false;
      await writeSynced(device.db, { table: 'events', record: event, actor, operation: 'delete' });
    }
    return true;
  } catch (error) {
    if (
      error instanceof Error &&
      ['ImmutableFieldError', 'RecordNotFoundError', 'SafetyRuleError'].includes(error.name)
    )
      return false;
    throw error;
  }
}

function recordBase(actor: Actor) {
  return {
    id: createId(),
    createdAt: actor.at,
    updatedAt: actor.at,
    createdBy: actor.userId,
    updatedBy: actor.userId,
    serverRevision: null,
    deleted: false,
  };
}
