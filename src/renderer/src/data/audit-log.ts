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
import { chainAuditEvent, emptyAuditHead, verifyAuditChain } from '../../../shared/domain';
import type { AuditChainVerdict } from '../../../shared/domain';
import type { EncryptedEnvelope } from '../../../shared/security/encryption';
import type { MedinfoDatabase } from './db';
import { StoreNotOpenError } from './errors';
import { readMeta, writeMeta } from './meta';

/** One change to record in the trail, before it is numbered and chained. */
export type AuditEntryDraft = {
  /** Made before the transaction: the encrypted personal part is bound to it. */
  id: Id;
  action: AuditAction;
  table: AuditedTable;
  recordId: string;
  changes: AuditChange[];
  /** The personal changes, already encrypted with the record's key; null when there are none. */
  personal: EncryptedEnvelope | null;
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
 * synchronous and covers the personal part as stored (ciphertext), so nothing here awaits
 * anything but Dexie and IndexedDB cannot auto-commit midway (decision 0011).
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
        id: entry.id,
        deviceId: device.deviceId,
        sequence: head.sequence + 1,
        at: actor.at,
        actorUserId: actor.userId,
        action: entry.action,
        table: entry.table,
        recordId: entry.recordId,
        changes: entry.changes,
        personal: entry.personal,
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
 * The stored events of one record, oldest first, personal parts still encrypted (see
 * `listAuditTrail` in audit-trail.ts for the readable trail).
 */
export async function listStoredAuditEvents(
  db: MedinfoDatabase,
  recordId: string,
): Promise<AuditEvent[]> {
  const events = await db.audit.where('recordId').equals(recordId).toArray();
  return events.sort((left, right) => left.sequence - right.sequence);
}

/**
 * Re-verifies this device's whole chain against the head kept in meta: detects edited, removed
 * or reordered events. Works while locked: the hashes cover the ciphertext. Throws
 * StoreNotOpenError without a device identity, and a ZodError when a stored row is no longer an
 * audit event at all.
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
