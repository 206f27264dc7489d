import { auditEventSchema } from '../../../shared/schemas';
import type {
  AuditAction,
  AuditChange,
  AuditEvent,
  AuditedTable,
  DeviceIdentity,
  Id,
  Timestamp,
} from '../../../shared/schemas';
import {
  chainAuditEvent,
  createId,
  emptyAuditHead,
  verifyAuditChain,
} from '../../../shared/domain';
import type { AuditChainVerdict } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { StoreNotOpenError } from './errors';
import { readMeta, writeMeta } from './meta';

/** One change to record in the trail, before it is numbered and chained. */
export type AuditEntryDraft = {
  action: AuditAction;
  table: AuditedTable;
  recordId: string;
  changes: AuditChange[];
  personalChanges: AuditChange[];
};

/** This device's identity. Throws StoreNotOpenError when the store was never initialised. */
export async function requireDeviceIdentity(db: MedinfoDatabase): Promise<DeviceIdentity> {
  const device = await readMeta(db, 'device');
  if (!device) throw new StoreNotOpenError('The store has no device identity: open it first');
  return device;
}

/**
 * Appends hash-chained events for `entries`. Must run inside a rw transaction over `audit` and
 * `meta` (the caller's), so the trail moves with the record or not at all. Hashing is
 * synchronous: nothing here awaits anything but Dexie, so IndexedDB cannot auto-commit midway.
 */
export async function appendAuditEvents(
  db: MedinfoDatabase,
  device: DeviceIdentity,
  actor: { userId: Id; at: Timestamp },
  entries: readonly AuditEntryDraft[],
): Promise<AuditEvent[]> {
  if (entries.length === 0) return [];
  let head = (await readMeta(db, 'auditHead')) ?? emptyAuditHead;
  const events = entries.map((entry) => {
    const event = chainAuditEvent(
      {
        id: createId(),
        deviceId: device.deviceId,
        sequence: head.sequence + 1,
        at: actor.at,
        actorUserId: actor.userId,
        action: entry.action,
        table: entry.table,
        recordId: entry.recordId,
        changes: entry.changes,
        personal: entry.personalChanges.length > 0 ? { changes: entry.personalChanges } : null,
      },
      head,
    );
    head = { sequence: event.sequence, hash: event.hash };
    return event;
  });
  await db.audit.bulkAdd(events);
  await writeMeta(db, 'auditHead', head);
  return events;
}

/**
 * The trail of one record, oldest first (for a "history" view). Personal values are included:
 * callers show them only to roles that may see them.
 */
export async function listAuditTrail(db: MedinfoDatabase, recordId: string): Promise<AuditEvent[]> {
  const events = await db.audit.where('recordId').equals(recordId).toArray();
  return events.sort((left, right) => left.sequence - right.sequence);
}

/**
 * Re-verifies this device's whole chain against the head kept in meta: detects edited, removed
 * or reordered events. Throws StoreNotOpenError without a device identity, and a ZodError when a
 * stored row is no longer an audit event at all.
 */
export async function verifyStoredAuditChain(db: MedinfoDatabase): Promise<AuditChainVerdict> {
  const device = await requireDeviceIdentity(db);
  const rows = await db.audit
    .where('[deviceId+sequence]')
    .between([device.deviceId, 0], [device.deviceId, Number.MAX_SAFE_INTEGER])
    .toArray();
  const events = rows.map((row) => auditEventSchema.parse(row));
  const head = (await readMeta(db, 'auditHead')) ?? emptyAuditHead;
  return verifyAuditChain(events, head);
}
