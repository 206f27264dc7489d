import { createHash } from 'node:crypto';
import type { MedinfoDatabase } from '../../../../src/renderer/src/data';
import { syncedTables } from '../../../../src/renderer/src/data/synced-tables';
import { recordsFromRows } from '../../../../src/renderer/src/data/read-records';
import { isPulledTable } from '../../../../src/renderer/src/data/sync/store-server-record';
import type { OutboxEntry } from '../../../../src/shared/schemas';
import type { FieldVersions, MutationResult } from '../../../../src/shared/sync';
import {
  canReadRecord,
  fieldPathValues,
  isSealedPayload,
  sealedEnvelopeSchema,
} from '../../../../src/shared/sync';
import type { SealingKeyring } from '../../../../src/server/crypto/sealing';
import { importSealingKeys, openSealedPayload } from '../../../../src/server/crypto/sealing';
import { listServerKeys } from '../../../../src/server/repositories/server-keys-repository';
import { jsonEquals } from '../../../../src/shared/domain';
import type { SimDevice } from './devices';
import type { SyncWorld } from './world';

/** A server row as the checks need it. */
type ServerRow = {
  table_name: string;
  id: string;
  owner_user_id: string | null;
  server_revision: number;
  deleted: boolean;
  data: Record<string, unknown>;
  field_versions: FieldVersions;
  created_at: Date;
};

type LedgerRow = {
  client_id: string;
  mutation_id: number;
  record_id: string;
  operation: string;
  result: MutationResult;
};

/** Every outbox row each device ever wrote, by device name (the last one per id). */
export type MutationLog = Map<string, Map<number, OutboxEntry>>;

/** Records every outbox row a device writes (a Dexie hook: it sees exactly what is queued). */
export function recordMutations(device: SimDevice, log: MutationLog): void {
  const entries = new Map<number, OutboxEntry>();
  log.set(device.name, entries);
  device.db.outbox.hook('creating', (_key, entry) => {
    entries.set(entry.mutationId, structuredClone(entry));
  });
}

async function serverRows(world: SyncWorld): Promise<ServerRow[]> {
  return (await world.test.database.query<ServerRow>('SELECT * FROM records')).rows;
}

async function clientIdOf(db: MedinfoDatabase): Promise<string> {
  const row = await db.meta.get('syncSession');
  return (row?.value as { clientId: string }).clientId; // as: the session schema has clientId
}

/**
 * The properties of issue 8, checked after every device synced to quiescence. Returns the
 * violations (empty when all hold), each a sentence naming device, table and record.
 */
export async function findViolations(
  world: SyncWorld,
  devices: readonly SimDevice[],
  log: MutationLog,
): Promise<string[]> {
  const rows = await serverRows(world);
  const ledger = (
    await world.test.database.query<LedgerRow>(
      'SELECT client_id, mutation_id, record_id, operation, result FROM mutations ORDER BY received_at',
    )
  ).rows;
  // Payloads are sealed for the server: the checks open them with the server's own keys.
  const keyring = await importSealingKeys(await listServerKeys(world.test.database));
  const violations: string[] = [];
  for (const device of devices) {
    violations.push(...(await checkQueueEmpty(device)));
    violations.push(...(await checkDeviceEqualsServer(device, rows)));
    violations.push(...(await checkWritesKept(world, device, log, ledger, rows, keyring)));
  }
  violations.push(...checkNoDuplicates(devices, log, rows));
  violations.push(...(await checkReportsOnce(world, devices, log, rows)));
  return violations;
}

async function checkQueueEmpty(device: SimDevice): Promise<string[]> {
  const pending = await device.db.outbox.count();
  const counted = (await device.db.meta.get('pendingMutations'))?.value;
  return pending === 0 && (counted ?? 0) === 0
    ? []
    : [`${device.name}: ${pending} outbox rows left (count says ${String(counted)})`];
}

/** Every record the device's user may read is on the device exactly as on the server. */
async function checkDeviceEqualsServer(device: SimDevice, rows: ServerRow[]): Promise<string[]> {
  const subject = { userId: device.user.userId, role: device.user.role, permissions: [] };
  const violations: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (
      !isPulledTable(row.table_name) ||
      !canReadRecord(subject, row.table_name, row.owner_user_id)
    )
      continue;
    seen.add(`${row.table_name}/${row.id}`);
    const table = row.table_name;
    const stored = await device.db.table<Record<string, unknown>, string>(table).get(row.id);
    // Personal parts are stored encrypted: read them as the app does.
    const [decoded] =
      stored === undefined ? [] : await recordsFromRows(device.db, table, [stored as never]);
    const local = decoded as (Record<string, unknown> & { deleted?: boolean }) | undefined;
    const where = `${device.name}: ${row.table_name}/${row.id}`;
    if (row.deleted) {
      if (local !== undefined && local.deleted !== true)
        violations.push(`${where} deleted on the server, not here`);
      continue;
    }
    if (local === undefined) {
      violations.push(`${where} missing here`);
      continue;
    }
    const { serverRevision, deleted, ...localData } = local;
    const stamps = { serverReceivedAt: row.created_at.toISOString() };
    const withState = { ...row.data, serverRevision, deleted };
    const expected = syncedTables[table].serverStamps?.(withState, stamps) ?? withState;
    const { serverRevision: _revision, deleted: _deleted, ...expectedData } = expected;
    if (deleted !== false) violations.push(`${where} deleted here, not on the server`);
    if (serverRevision !== row.server_revision)
      violations.push(
        `${where} at revision ${String(serverRevision)} here, ${row.server_revision} on the server`,
      );
    if (!jsonEquals(localData, expectedData))
      violations.push(
        `${where} differs: ${JSON.stringify({ here: localData, server: expectedData })}`,
      );
    violations.push(...(await checkBlobsHere(device, row, where)));
  }
  return violations;
}

/** Every file made on the device reached the server and came back intact where wanted. */
async function checkBlobsHere(device: SimDevice, row: ServerRow, where: string): Promise<string[]> {
  if (row.table_name !== 'safetyReports') return [];
  const violations: string[] = [];
  for (const blob of await device.db.blobs.toArray()) {
    const hash = createHash('sha256').update(blob.bytes).digest('hex');
    if (blob.state === 'stored' && hash !== blob.sha256)
      violations.push(`${where}: file ${blob.sha256.slice(0, 8)} not here intact`);
  }
  return violations;
}

/**
 * No acknowledged write is lost: each mutation reached the server once; every field it set
 * still holds its value unless a later revision changed that field; a conflicting value waits
 * on the device (or was resolved); a refused one is on the needs-attention list, and none was
 * refused for personal data sent unsealed.
 */
async function checkWritesKept(
  world: SyncWorld,
  device: SimDevice,
  log: MutationLog,
  ledger: LedgerRow[],
  rows: ServerRow[],
  keyring: SealingKeyring,
): Promise<string[]> {
  const clientId = await clientIdOf(device.db);
  const results = new Map(
    ledger.filter((row) => row.client_id === clientId).map((row) => [row.mutation_id, row.result]),
  );
  const byKey = new Map(rows.map((row) => [`${row.table_name}/${row.id}`, row]));
  const issues = await device.db.syncIssues.toArray();
  const resolved = new Set(
    (
      await world.test.database.query<{ id: string }>(
        'SELECT id FROM conflicts WHERE resolved_at IS NOT NULL',
      )
    ).rows.map((row) => row.id),
  );
  const violations: string[] = [];
  for (const entry of log.get(device.name)?.values() ?? []) {
    const where = `${device.name}: mutation ${entry.mutationId} (${entry.table}/${entry.recordId})`;
    const result = results.get(entry.mutationId);
    if (result === undefined) {
      violations.push(`${where} never reached the server`);
      continue;
    }
    if (result.status === 'rejected') {
      // Devices seal every payload for the server: personal data refused as unsealed is a bug.
      if (result.reason === 'unsealed-personal-data')
        violations.push(`${where} sent personal data unsealed`);
      if (
        !issues.some(
          (issue) => issue.kind === 'rejected' && issue.mutation.mutationId === entry.mutationId,
        )
      )
        violations.push(`${where} refused (${result.reason}) but not on the needs-attention list`);
      continue;
    }
    const conflicting = new Set(
      result.status === 'conflict' ? result.conflicts.map((conflict) => conflict.field) : [],
    );
    if (result.status === 'conflict') {
      for (const conflict of result.conflicts) {
        const isWaiting = issues.some(
          (issue) =>
            issue.kind === 'conflict' &&
            issue.conflicts.some((each) => each.conflictId === conflict.conflictId),
        );
        if (!isWaiting && !resolved.has(conflict.conflictId))
          violations.push(`${where} conflict on ${conflict.field} neither waiting nor resolved`);
      }
    }
    const row = byKey.get(`${entry.table}/${entry.recordId}`);
    if (row === undefined) {
      violations.push(`${where} applied but the record is not on the server`);
      continue;
    }
    const sent = await plainPayload(entry, keyring);
    const found = checkFieldsKept(entry, sent, result.serverRevision, row, conflicting, where);
    if (found.length > 0 && process.env.SYNC_SIM_DEBUG !== undefined) {
      const history = ledger
        .filter((each) => each.record_id === entry.recordId)
        .map(
          (each) =>
            `${each.client_id.slice(-4)}#${each.mutation_id} ${each.operation} ${each.result.status} ${'serverRevision' in each.result ? each.result.serverRevision : ''}`,
        );
      found.push(`history: ${history.join(' | ')}; this device ${clientId.slice(-4)}`);
    }
    violations.push(...found);
  }
  return violations;
}

/** The record a put carried, as the server read it (sealed payloads opened). */
async function plainPayload(
  entry: OutboxEntry,
  keyring: SealingKeyring,
): Promise<Record<string, unknown> | null> {
  if (entry.payload === null || !isSealedPayload(entry.payload))
    return entry.payload as Record<string, unknown> | null; // as: outbox payloads are records
  const envelope = sealedEnvelopeSchema.parse(entry.payload);
  const opened = await openSealedPayload(envelope, keyring, {
    table: entry.table,
    recordId: entry.recordId,
  });
  return opened as Record<string, unknown>; // as: a sealed payload holds the record's JSON
}

function checkFieldsKept(
  entry: OutboxEntry,
  payload: Record<string, unknown> | null,
  revision: number,
  row: ServerRow,
  conflicting: ReadonlySet<string>,
  where: string,
): string[] {
  const deletion = row.field_versions.$deleted?.revision ?? 0;
  if (entry.operation === 'delete') {
    // A delete against someone's edit waits as a whole-record conflict (checked by the caller).
    if (conflicting.has('*')) return [];
    return row.deleted || deletion > revision
      ? []
      : [
          `${where}: the delete was lost (applied at ${revision}; ${JSON.stringify(row.field_versions)})`,
        ];
  }
  if (row.deleted) return [];
  const sent = fieldPathValues(payload ?? {});
  const stored = fieldPathValues(row.data);
  const violations: string[] = [];
  for (const field of entry.changedFields ?? []) {
    if (conflicting.has(field) || conflicting.has('*')) continue;
    const version = row.field_versions[field]?.revision ?? 0;
    if (version > revision) continue;
    if (!jsonEquals(stored.get(field) ?? null, sent.get(field) ?? null))
      violations.push(
        `${where}: ${field} lost (server ${JSON.stringify(stored.get(field))}, sent ${JSON.stringify(sent.get(field))})`,
      );
  }
  return violations;
}

/** Each record created on a device exists once on the server; references are unique. */
function checkNoDuplicates(
  devices: readonly SimDevice[],
  log: MutationLog,
  rows: ServerRow[],
): string[] {
  const creators = new Map<string, string>();
  const violations: string[] = [];
  for (const device of devices) {
    for (const entry of log.get(device.name)?.values() ?? []) {
      if (entry.baseRevision !== null || entry.operation !== 'put') continue;
      const key = `${entry.table}/${entry.recordId}`;
      const creator = creators.get(key);
      if (creator !== undefined && creator !== device.name)
        violations.push(`${key} created on ${creator} and ${device.name}`);
      creators.set(key, device.name);
    }
  }
  // PV's acknowledgements are written by the server, not by a device.
  const synced = rows.filter(
    (row) => !(row.table_name === 'safetyActions' && row.data.kind === 'acknowledged'),
  );
  const onServer = new Set(synced.map((row) => `${row.table_name}/${row.id}`));
  for (const key of creators.keys())
    if (!onServer.has(key)) violations.push(`${key} was created but is not on the server`);
  for (const key of onServer)
    if (!creators.has(key)) violations.push(`${key} is on the server but no device created it`);
  const references = synced.flatMap((row) =>
    typeof row.data.reference === 'string' ? [row.data.reference] : [],
  );
  if (new Set(references).size !== references.length)
    violations.push('two server records share a reference');
  return violations;
}

/** Every safety report arrived exactly once, and its device knows when (forwarding by server). */
async function checkReportsOnce(
  world: SyncWorld,
  devices: readonly SimDevice[],
  log: MutationLog,
  rows: ServerRow[],
): Promise<string[]> {
  const violations: string[] = [];
  for (const device of devices) {
    const created = [...(log.get(device.name)?.values() ?? [])].filter(
      (entry) => entry.table === 'safetyReports' && entry.baseRevision === null,
    );
    for (const id of new Set(created.map((entry) => entry.recordId))) {
      const copies = rows.filter((row) => row.table_name === 'safetyReports' && row.id === id);
      if (copies.length !== 1)
        violations.push(`report ${id} of ${device.name} is on the server ${copies.length} times`);
      const local = await device.db.safetyReports.get(id);
      const copy = copies[0];
      const forwardedAt = local?.forwarding?.at ?? null;
      if (
        copy !== undefined &&
        !copy.deleted &&
        (forwardedAt === null || Date.parse(forwardedAt) !== copy.created_at.getTime())
      )
        violations.push(
          `report ${id} of ${device.name}: forwarded ${String(forwardedAt)}, not at the server's receipt ${copy.created_at.toISOString()}`,
        );
    }
  }
  const blobs = new Set(
    (await world.test.database.query<{ sha256: string }>('SELECT sha256 FROM blobs')).rows.map(
      (row) => row.sha256,
    ),
  );
  for (const device of devices) {
    for (const blob of await device.db.blobs.toArray()) {
      if (blob.state !== 'wanted' && !blobs.has(blob.sha256))
        violations.push(`${device.name}: file ${blob.sha256.slice(0, 8)} never reached the server`);
    }
  }
  return violations;
}
