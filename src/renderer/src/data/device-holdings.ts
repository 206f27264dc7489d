import type { Reference, Timestamp } from '../../../shared/schemas';
import {
  isEncryptedEnvelope,
  isLocalPayload,
  isPurgedPersonal,
} from '../../../shared/security/encryption';
import { isPersonalTableName, isSealedPayload } from '../../../shared/sync';
import type { MedinfoDatabase } from './db';
import { readMeta } from './meta';

/** What this laptop holds: the figures of the "What this laptop holds" page. */
export type DeviceHoldings = {
  inquiriesWithPersonalData: number;
  inquiriesPurged: number;
  /** The oldest inquiry that still holds personal data on this device. */
  oldest: { reference: Reference; receivedAt: Timestamp } | null;
  handwrittenSignatures: number;
  drafts: number;
  auditEventsWithPersonalData: number;
  /** Changes not yet received by the server, and how many of them carry personal data. */
  unsynced: {
    total: number;
    withPersonalData: number;
    sealed: number;
    waitingForServerKey: number;
  };
  accounts: number;
  isServerKeyKnown: boolean;
  /** Records whose personal data could not be protected yet (stores from before encryption). */
  unprotected: number;
};

/**
 * Counts what the store holds, without decrypting anything: an administrator can answer "what
 * is on this laptop" while nobody else's data is shown. Counting reads whole tables: call it
 * on demand, not on every render (ARCHITECTURE.md: count() costs 100+ ms at 50k rows).
 */
export async function describeDeviceHoldings(db: MedinfoDatabase): Promise<DeviceHoldings> {
  let withPersonal = 0;
  let purged = 0;
  let unprotected = 0;
  let oldest: DeviceHoldings['oldest'] = null;
  // Oldest first by receipt, so the first row with personal data is the oldest one.
  await db.inquiries.orderBy('[receivedAtUtc+id]').each((row) => {
    if (isPurgedPersonal(row.personal)) purged += 1;
    else if (!row.deleted) {
      withPersonal += 1;
      if (!isEncryptedEnvelope(row.personal)) unprotected += 1;
      oldest ??= { reference: row.reference, receivedAt: row.receivedAt };
    }
  });
  const outbox = await db.outbox.toArray();
  return {
    inquiriesWithPersonalData: withPersonal,
    inquiriesPurged: purged,
    oldest,
    handwrittenSignatures: await db.signatures.filter((row) => row.kind === 'handwritten').count(),
    drafts: await db.drafts.count(),
    auditEventsWithPersonalData: await db.audit.filter((event) => event.personal !== null).count(),
    unsynced: {
      total: outbox.length,
      withPersonalData: outbox.filter((entry) => isPersonalTableName(entry.table)).length,
      sealed: outbox.filter((entry) => isSealedPayload(entry.payload)).length,
      waitingForServerKey: outbox.filter((entry) => isLocalPayload(entry.payload)).length,
    },
    accounts: await db.credentials.count(),
    isServerKeyKnown: (await readMeta(db, 'serverSealingKey')) !== undefined,
    unprotected,
  };
}
