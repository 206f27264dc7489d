import type { AuditEvent, AuditPersonalChanges } from '../../../shared/schemas';
import { auditPersonalChangesSchema } from '../../../shared/schemas';
import {
  auditPersonalAad,
  isEncryptedEnvelope,
  isPurgedPersonal,
} from '../../../shared/security/encryption';
import type { MedinfoDatabase } from './db';
import { requireKeyring } from './crypto/keyring';
import { loadRecordKeys } from './crypto/record-keys';
import { DecryptionError, decryptJson } from './crypto/web-crypto';
import type { PersonalDataProblem } from './errors';
import { listStoredAuditEvents } from './audit-log';

/** An audit event as people read it: its personal changes decrypted, or why they cannot be. */
export type AuditTrailEntry = Omit<AuditEvent, 'personal'> & {
  personal: AuditPersonalChanges | null;
  personalProblem: PersonalDataProblem | null;
};

async function readPersonal(
  event: AuditEvent,
  key: CryptoKey | string | undefined,
): Promise<Pick<AuditTrailEntry, 'personal' | 'personalProblem'>> {
  if (event.personal === null) return { personal: null, personalProblem: null };
  if (!isEncryptedEnvelope(event.personal))
    return { personal: event.personal, personalProblem: null };
  if (typeof key !== 'object') {
    return { personal: null, personalProblem: key === 'damaged' ? 'damaged' : 'missing-key' };
  }
  try {
    const aad = auditPersonalAad(event.table, event.recordId, event.id);
    const value = await decryptJson(key, event.personal, aad);
    return { personal: auditPersonalChangesSchema.parse(value), personalProblem: null };
  } catch (error) {
    if (error instanceof DecryptionError) return { personal: null, personalProblem: 'damaged' };
    throw error;
  }
}

function plainPersonal(event: AuditEvent): Pick<AuditTrailEntry, 'personal' | 'personalProblem'> {
  const personal = isEncryptedEnvelope(event.personal) ? null : event.personal;
  return { personal, personalProblem: null };
}

/**
 * The trail of one record, oldest first, for a "history" view. Personal changes are decrypted
 * with the record's key; after a purge (key destroyed) they read as purged, and every
 * non-personal change stays. Callers show personal values only to roles that may see them.
 * Throws StoreLockedError when the record has encrypted personal changes and the store is locked.
 */
export async function listAuditTrail(
  db: MedinfoDatabase,
  recordId: string,
): Promise<AuditTrailEntry[]> {
  const events = await listStoredAuditEvents(db, recordId);
  const encrypted = events.find((event) => isEncryptedEnvelope(event.personal));
  if (!encrypted) return events.map((event) => ({ ...event, ...plainPersonal(event) }));
  const keys = await loadRecordKeys(db, requireKeyring(db), encrypted.table, [recordId]);
  const row = await db.table<{ personal?: unknown }, string>(encrypted.table).get(recordId);
  const isPurged = isPurgedPersonal(row?.personal);
  return Promise.all(
    events.map(async (event) => {
      const readable = await readPersonal(event, keys.get(recordId));
      const personalProblem =
        readable.personalProblem && isPurged ? 'purged' : readable.personalProblem;
      return { ...event, ...readable, personalProblem };
    }),
  );
}
