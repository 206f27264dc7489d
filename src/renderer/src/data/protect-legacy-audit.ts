import {
  chainAuditEvent,
  createId,
  emptyAuditHead,
  toDeviceTimestamp,
  verifyAuditChain,
} from '../../../shared/domain';
import type { AuditEvent, AuditHead } from '../../../shared/schemas';
import { auditPersonalAad, isEncryptedEnvelope } from '../../../shared/security/encryption';
import { systemUserId } from '../../../shared/schemas';
import { createLogger } from '../platform/logger';
import type { MedinfoDatabase, RecordKeyRow } from './db';
import { appendAuditEvents, requireDeviceIdentity } from './audit-log';
import type { Keyring } from './crypto/keyring';
import { encryptJson } from './crypto/web-crypto';
import { readMeta, writeMeta } from './meta';
import { keysFor } from './crypto/record-keys';

const log = createLogger('audit');

/** Encrypts the plaintext personal parts of `events` with their records' keys. */
async function encryptParts(
  db: MedinfoDatabase,
  keyring: Keyring,
  events: readonly AuditEvent[],
): Promise<{ events: AuditEvent[]; keyRows: RecordKeyRow[] }> {
  const plaintext = events.filter(
    (event) => event.personal !== null && !isEncryptedEnvelope(event.personal),
  );
  const keyRows: RecordKeyRow[] = [];
  const keys = new Map<string, CryptoKey>();
  // One call per table with distinct ids: a record without a key gets exactly one new key.
  for (const table of new Set(plaintext.map((event) => event.table))) {
    const ids = [
      ...new Set(plaintext.filter((event) => event.table === table).map((event) => event.recordId)),
    ];
    const found = await keysFor(db, keyring, table, ids);
    keyRows.push(...found.rows);
    for (const [id, key] of found.keys) keys.set(id, key);
  }
  const encrypted = await Promise.all(
    events.map(async (event) => {
      const key = keys.get(event.recordId);
      if (event.personal === null || isEncryptedEnvelope(event.personal) || !key) return event;
      const aad = auditPersonalAad(event.table, event.recordId, event.id);
      return { ...event, personal: await encryptJson(key, event.personal, aad) };
    }),
  );
  return { events: encrypted, keyRows };
}

function rechain(events: readonly AuditEvent[]): { events: AuditEvent[]; head: AuditHead } {
  let head = emptyAuditHead;
  const chained = events.map((event) => {
    const { hash: _hash, previousHash: _previous, ...content } = event;
    const next = chainAuditEvent(content, head);
    head = { sequence: next.sequence, hash: next.hash };
    return next;
  });
  return { events: chained, head };
}

/**
 * Audit events written before encryption hold personal changes in plaintext, and their hashes
 * cover that plaintext: encrypting them changes the hashes. So, once, the chain is verified
 * intact, the parts are encrypted, the chain is re-computed, and a `device` event records the
 * old and the new head (decision 0011). A broken chain is never re-sealed — that would launder
 * tampering — and stays as it is, logged. Returns the number of events protected.
 */
export async function protectLegacyAuditTrail(
  db: MedinfoDatabase,
  keyring: Keyring,
): Promise<number> {
  const device = await requireDeviceIdentity(db);
  const stored = await db.audit
    .where('[deviceId+sequence]')
    .between([device.deviceId, 0], [device.deviceId, Number.MAX_SAFE_INTEGER])
    .toArray();
  const plaintext = stored.filter(
    (event) => event.personal !== null && !isEncryptedEnvelope(event.personal),
  );
  if (plaintext.length === 0) return 0;
  const oldHead = (await readMeta(db, 'auditHead')) ?? emptyAuditHead;
  if (!verifyAuditChain(stored, oldHead).ok) {
    log.error('The audit chain is broken: its plaintext personal parts were left as they are');
    return 0;
  }
  const { events, keyRows } = await encryptParts(db, keyring, stored);
  const { events: chained, head } = rechain(events);
  await db.transaction('rw', [db.audit, db.recordKeys, db.meta], async () => {
    const current = (await readMeta(db, 'auditHead')) ?? emptyAuditHead;
    if (current.hash !== oldHead.hash)
      throw new Error('The audit trail changed while it was being protected');
    await db.recordKeys.bulkPut(keyRows);
    await db.audit.bulkPut(chained);
    await writeMeta(db, 'auditHead', head);
    await appendAuditEvents(
      db,
      device,
      { userId: systemUserId, at: toDeviceTimestamp(new Date()) },
      [
        {
          id: createId(),
          action: 'update',
          table: 'device',
          recordId: device.deviceId,
          changes: [
            { field: 'auditChain.personalPartsEncrypted', after: plaintext.length },
            { field: 'auditChain.head', before: oldHead.hash, after: head.hash },
          ],
          personal: null,
        },
      ],
    );
  });
  return plaintext.length;
}
