import { toJsonValue } from '../../../shared/domain';
import type { JsonValue, OutboxEntry } from '../../../shared/schemas';
import { isLocalPayload, localPayloadAad } from '../../../shared/security/encryption';
import { isSealedPayload, sealingKeySchema } from '../../../shared/sync';
import type { SealingKey } from '../../../shared/sync';
import { createLogger } from '../platform/logger';
import type { MedinfoDatabase } from './db';
import { findKeyring } from './crypto/keyring';
import { loadRecordKeys } from './crypto/record-keys';
import { sealForServer } from './crypto/sealing';
import { DecryptionError, decryptJson } from './crypto/web-crypto';
import { readMeta, writeMeta } from './meta';

const log = createLogger('outbox');

/**
 * Stores the server's public sealing key (from GET /api/v1/info, learned at the first sign-in
 * to the server). From then on every outbox payload is sealed for it when written. Throws a
 * ZodError when the key is not a sealing key, and the WebCrypto error when it does not import.
 */
export async function saveServerSealingKey(db: MedinfoDatabase, key: SealingKey): Promise<void> {
  const valid = sealingKeySchema.parse(key);
  await crypto.subtle.importKey(
    'jwk',
    valid.publicKeyJwk,
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    [],
  );
  await writeMeta(db, 'serverSealingKey', valid);
}

/** What re-sealing did: payloads sealed, and payloads whose record key is gone (purged). */
export type ResealReport = { sealed: number; unavailable: number };

async function openPayload(db: MedinfoDatabase, entry: OutboxEntry): Promise<JsonValue | null> {
  if (!isLocalPayload(entry.payload)) return entry.payload;
  const keyring = findKeyring(db);
  if (!keyring) return null;
  const key = (await loadRecordKeys(db, keyring, entry.table, [entry.recordId])).get(
    entry.recordId,
  );
  if (typeof key !== 'object') return null;
  const envelope = {
    alg: entry.payload.localSealed,
    iv: entry.payload.iv,
    ciphertext: entry.payload.ciphertext,
  };
  try {
    return toJsonValue(
      await decryptJson(key, envelope, localPayloadAad(entry.table, entry.recordId)),
    );
  } catch (error) {
    if (error instanceof DecryptionError) return null;
    throw error;
  }
}

/**
 * Seals the outbox for the server once its key is known: a device that never connected kept its
 * payloads encrypted with their records' keys (or plain, for tables without personal data).
 * Runs at unlock (local payloads need the record keys), page by page; each page is prepared
 * outside its transaction and written only where the entry is still unchanged, so a push or a
 * new write in between loses nothing. Entries whose key was destroyed are left and counted.
 */
export async function resealOutbox(db: MedinfoDatabase, pageSize = 200): Promise<ResealReport> {
  const key = await readMeta(db, 'serverSealingKey');
  const report: ResealReport = { sealed: 0, unavailable: 0 };
  if (!key) return report;
  let after = 0;
  for (;;) {
    const page = await db.outbox.where('mutationId').above(after).limit(pageSize).toArray();
    const waiting = page.filter((entry) => !isSealedPayload(entry.payload));
    const sealed = await Promise.all(
      waiting.map(async (entry) => {
        const record = await openPayload(db, entry);
        if (record === null) return null;
        const binding = { table: entry.table, recordId: entry.recordId };
        return { entry, payload: toJsonValue(await sealForServer(key, binding, record)) };
      }),
    );
    report.unavailable += sealed.filter((item) => item === null).length;
    await db.transaction('rw', db.outbox, async () => {
      for (const item of sealed) {
        if (item === null) continue;
        const current = await db.outbox.get(item.entry.mutationId);
        if (current === undefined || isSealedPayload(current.payload)) continue;
        await db.outbox.update(item.entry.mutationId, { payload: item.payload });
        report.sealed += 1;
      }
    });
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = last.mutationId;
  }
  if (report.unavailable > 0)
    log.warn(`${report.unavailable} queued changes could not be sealed: their keys are gone`);
  return report;
}
