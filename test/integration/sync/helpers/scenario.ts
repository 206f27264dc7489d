import fc from 'fast-check';
import { resolveConflict } from '../../../../src/renderer/src/data';
import { VERSION_HEADERS } from '../../server/helpers/harness';
import type { FaultRates } from '../../../helpers/sync/fault-transport';
import { NO_FAULTS } from '../../../helpers/sync/fault-transport';
import type { SimDevice } from './devices';
import { createRecord, deleteRecord, editRecord, writableRecords } from './devices';
import type { SyncWorld, WorldUser } from './world';

/** One step of a simulated day. Device numbers are taken modulo the number of devices. */
export type SimAction =
  | {
      kind: 'create';
      device: number;
      table: 'inquiries' | 'events' | 'safetyReports';
      variant: number;
      blobSize: number | null;
    }
  | { kind: 'edit'; device: number; pick: number; variant: number }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'sync'; devices: number[]; typingOn: number | null; variant: number }
  | { kind: 'restart'; instance: number; crashAfter: number | null }
  | { kind: 'faults'; device: number; profile: 'none' | 'flaky' | 'hostile' }
  | { kind: 'acknowledge'; pick: number }
  | { kind: 'resolve'; device: number; pick: number; choice: 'server' | 'mine' };

const device = fc.nat(4);
const pick = fc.nat(1000);

/** The steps fast-check draws; weights keep syncs and edits frequent, restarts rare. */
export const simActionArbitrary: fc.Arbitrary<SimAction> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      device,
      table: fc.constantFrom('inquiries' as const, 'events' as const, 'safetyReports' as const),
      variant: fc.nat(999),
      blobSize: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      pick,
      variant: fc.nat(999),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      devices: fc.uniqueArray(device, { minLength: 1, maxLength: 5 }),
      typingOn: fc.option(device, { nil: null }),
      variant: fc.nat(999),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('restart' as const),
      instance: fc.nat(1),
      crashAfter: fc.option(fc.integer({ min: 1, max: 14 }), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('faults' as const),
      device,
      profile: fc.constantFrom('none' as const, 'flaky' as const, 'hostile' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('acknowledge' as const), pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      device,
      pick,
      choice: fc.constantFrom('server' as const, 'mine' as const),
    }),
  },
);

const PROFILES: Record<'none' | 'flaky' | 'hostile', FaultRates> = {
  none: NO_FAULTS,
  flaky: { drop: 0.1, loseResponse: 0.1, duplicate: 0.1, replayOld: 0.1, restart: 0.02 },
  hostile: { drop: 0.25, loseResponse: 0.25, duplicate: 0.2, replayOld: 0.2, restart: 0.05 },
};

/** Runs one step against the world and the devices. */
export async function runAction(
  action: SimAction,
  world: SyncWorld,
  devices: readonly SimDevice[],
  liaison: WorldUser & { token: string },
): Promise<void> {
  const at = (index: number): SimDevice => {
    const found = devices[index % devices.length];
    if (found === undefined) throw new Error('no devices');
    return found;
  };
  switch (action.kind) {
    case 'create':
      await createRecord(at(action.device), action.table, action.variant, action.blobSize);
      return;
    case 'edit': {
      const target = await pickWritable(at(action.device), action.pick);
      if (target !== null) await editRecord(at(action.device), target, action.variant);
      return;
    }
    case 'delete': {
      const target = await pickWritable(at(action.device), action.pick);
      if (target !== null) await deleteRecord(at(action.device), target);
      return;
    }
    case 'sync':
      await syncTogether(action, devices, at);
      return;
    case 'restart':
      await world.restart(action.instance % world.apps.length);
      if (action.crashAfter !== null)
        world.databases[action.instance % world.databases.length]?.armCrash(action.crashAfter);
      return;
    case 'faults':
      at(action.device).faults.rates = PROFILES[action.profile];
      return;
    case 'acknowledge':
      await acknowledgeSome(world, liaison, action.pick);
      return;
    case 'resolve':
      await resolveSome(at(action.device), action.pick, action.choice);
  }
}

async function pickWritable(device: SimDevice, pick: number) {
  const records = await writableRecords(device);
  return records.length === 0 ? null : (records[pick % records.length] ?? null);
}

/** Several devices sync at once; one of them may keep typing while its sync runs. */
async function syncTogether(
  action: Extract<SimAction, { kind: 'sync' }>,
  devices: readonly SimDevice[],
  at: (index: number) => SimDevice,
): Promise<void> {
  const chosen = [...new Set(action.devices.map((index) => index % devices.length))].map(at);
  const typing = action.typingOn === null ? [] : [at(action.typingOn)];
  await Promise.all([
    ...chosen.map((each) => each.engine.syncNow()),
    ...typing.map(async (each) => {
      const target = await pickWritable(each, action.variant);
      if (target !== null) await editRecord(each, target, action.variant);
    }),
  ]);
}

/** PV acknowledges a report that reached the server, through the API (any instance). */
async function acknowledgeSome(
  world: SyncWorld,
  liaison: WorldUser & { token: string },
  pick: number,
): Promise<void> {
  const reports = (
    await world.test.database.query<{ id: string }>(
      "SELECT id FROM records WHERE table_name = 'safetyReports' AND NOT deleted ORDER BY id",
    )
  ).rows;
  const report = reports[pick % Math.max(reports.length, 1)];
  if (report === undefined) return;
  // PV tries again after a server error (an armed crash may hit this request).
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const app = world.pickApp(Math.random);
    if (app === null) return;
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/safety-reports/${report.id}/acknowledge`,
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${liaison.token}` },
      payload: { pvCaseId: `CASE-${report.id.slice(0, 8)}` },
    });
    if (response.statusCode < 300) return;
    if (response.statusCode < 500) throw new Error(`acknowledge refused: ${response.body}`);
  }
}

/** A person settles one waiting conflict on the device. */
async function resolveSome(
  device: SimDevice,
  pick: number,
  choice: 'server' | 'mine',
): Promise<void> {
  const conflicts = (await device.db.syncIssues.toArray()).filter(
    (issue) => issue.kind === 'conflict',
  );
  const issue = conflicts[pick % Math.max(conflicts.length, 1)];
  if (issue?.kind !== 'conflict') return;
  const choices = Object.fromEntries(
    issue.conflicts.map((conflict) => [conflict.field, { pick: choice }]),
  );
  await resolveConflict(device.db, issue.id, choices, device.actor());
}
