import { toDeviceTimestamp } from '../../../shared/domain';
import type { Inquiry } from '../../../shared/schemas';
import {
  draftAad,
  isEncryptedEnvelope,
  isLocalPayload,
  isPurgedPersonal,
  localPayloadAad,
  personalAad,
} from '../../../shared/security/encryption';
import { isSealedPayload } from '../../../shared/sync';
import { createLogger } from '../platform/logger';
import type { MedinfoDatabase } from './db';
import { requireKeyring } from './crypto/keyring';
import type { Keyring } from './crypto/keyring';
import { matchKeysOf } from './crypto/match-keys';
import { keysFor } from './crypto/record-keys';
import { encryptJson } from './crypto/web-crypto';
import { readMeta, writeMeta } from './meta';
import { personalTables } from './personal-codec';
import { protectLegacyAuditTrail } from './protect-legacy-audit';
import { resealOutbox } from './server-key';

const log = createLogger('store');

/** What protecting a store written before encryption did. */
export type ProtectionReport = {
  records: number;
  drafts: number;
  outbox: number;
  auditEvents: number;
};

type LegacyRow = { id: string; personal: unknown; matchKeys?: string[] };

function isLegacy(personal: unknown): boolean {
  return (
    personal !== null &&
    personal !== undefined &&
    !isEncryptedEnvelope(personal) &&
    !isPurgedPersonal(personal)
  );
}

async function protectRecords(
  db: MedinfoDatabase,
  keyring: Keyring,
  table: (typeof personalTables)[number],
): Promise<number> {
  const rows = await db
    .table<LegacyRow, string>(table)
    .filter((row) => isLegacy(row.personal))
    .toArray();
  if (rows.length === 0) return 0;
  const { keys, rows: keyRows } = await keysFor(
    db,
    keyring,
    table,
    rows.map((row) => row.id),
  );
  const protectedRows = await Promise.all(
    rows.map(async (row) => {
      const key = keys.get(row.id) as CryptoKey; // as: keysFor returns a key for every id
      const personal = await encryptJson(key, row.personal, personalAad(table, row.id));
      const requester =
        table === 'inquiries' ? (row.personal as Inquiry['personal']).requester : null; // as: legacy inquiries hold their plaintext personal part
      return {
        ...row,
        personal,
        ...(requester ? { matchKeys: await matchKeysOf(keyring, requester) } : {}),
      };
    }),
  );
  await db.transaction('rw', [db.table(table), db.recordKeys, db.meta], async () => {
    const current = await db.table<LegacyRow, string>(table).bulkGet(rows.map((row) => row.id));
    // Only rows still in plaintext are replaced: anything written meanwhile is already encrypted.
    const stillLegacy = protectedRows.filter((_row, index) => isLegacy(current[index]?.personal));
    await db.recordKeys.bulkPut(keyRows);
    await db.table(table).bulkPut(stillLegacy);
    await writeMeta(db, 'writeVersion', ((await readMeta(db, 'writeVersion')) ?? 0) + 1);
  });
  return rows.length;
}

async function protectDrafts(db: MedinfoDatabase, keyring: Keyring): Promise<number> {
  const rows = await db.drafts.filter((row) => !isEncryptedEnvelope(row.personal)).toArray();
  for (const row of rows) {
    const personal = await encryptJson(keyring.drafts, row.personal, draftAad(row.id));
    await db.drafts.put({ ...row, personal });
  }
  return rows.length;
}

async function protectOutbox(db: MedinfoDatabase, keyring: Keyring): Promise<number> {
  if (await readMeta(db, 'serverSealingKey')) return (await resealOutbox(db)).sealed;
  const entries = await db.outbox
    .filter(
      (entry) =>
        (personalTables as readonly string[]).includes(entry.table) &&
        !isSealedPayload(entry.payload) &&
        !isLocalPayload(entry.payload),
    )
    .toArray();
  for (const entry of entries) {
    const { keys } = await keysFor(db, keyring, entry.table, [entry.recordId]);
    const key = keys.get(entry.recordId) as CryptoKey; // as: keysFor returns a key for every id
    const envelope = await encryptJson(
      key,
      entry.payload,
      localPayloadAad(entry.table, entry.recordId),
    );
    await db.outbox.update(entry.mutationId, {
      payload: { localSealed: envelope.alg, iv: envelope.iv, ciphertext: envelope.ciphertext },
    });
  }
  return entries.length;
}

/**
 * Protects a store written before encryption existed (version 1): encrypts the plaintext
 * personal parts of records, drafts, queued payloads and audit events with per-record keys, at
 * the first unlock. Idempotent and cheap when there is nothing left: call it after every
 * unlock. Records are protected before audit events so both use the same record key. Throws
 * StoreLockedError while locked.
 */
export async function protectLegacyPersonalData(db: MedinfoDatabase): Promise<ProtectionReport> {
  const keyring = requireKeyring(db);
  let records = 0;
  for (const table of personalTables) records += await protectRecords(db, keyring, table);
  const report: ProtectionReport = {
    records,
    drafts: await protectDrafts(db, keyring),
    outbox: await protectOutbox(db, keyring),
    auditEvents: await protectLegacyAuditTrail(db, keyring),
  };
  if (Object.values(report).some((count) => count > 0)) {
    log.info('Protected personal data written before encryption', report);
    await writeMeta(db, 'personalDataProtectedAt', toDeviceTimestamp(new Date()));
  }
  return report;
}
