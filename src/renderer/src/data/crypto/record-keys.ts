import { toDeviceTimestamp } from '../../../../shared/domain';
import type { Timestamp } from '../../../../shared/schemas';
import { recordKeyAad } from '../../../../shared/security/encryption';
import type { MedinfoDatabase, RecordKeyRow } from '../db';
import type { PersonalDataProblem } from '../errors';
import type { Keyring } from './keyring';
import {
  DecryptionError,
  decryptBytes,
  encryptBytes,
  importAesKey,
  randomBytes,
} from './web-crypto';

/** A record's data key, or why it cannot be had. */
export type RecordKeyResult = CryptoKey | Exclude<PersonalDataProblem, 'purged'>;

/**
 * A new random data key for one record and the row that stores it wrapped by the device key.
 * The row must be written in the same transaction as the record it protects.
 */
export async function createRecordKey(
  keyring: Keyring,
  table: string,
  recordId: string,
  createdAt: Timestamp,
): Promise<{ key: CryptoKey; row: RecordKeyRow }> {
  const raw = randomBytes(32);
  try {
    const wrapped = await encryptBytes(
      keyring.recordKeyWrapping,
      raw,
      recordKeyAad(table, recordId),
    );
    const key = await importAesKey(raw);
    keyring.recordKeys.set(recordId, key);
    return { key, row: { recordId, table, wrapped, createdAt } };
  } finally {
    raw.fill(0);
  }
}

async function unwrap(keyring: Keyring, row: RecordKeyRow): Promise<RecordKeyResult> {
  try {
    const raw = await decryptBytes(
      keyring.recordKeyWrapping,
      row.wrapped,
      recordKeyAad(row.table, row.recordId),
    );
    try {
      return await importAesKey(raw);
    } finally {
      raw.fill(0);
    }
  } catch (error) {
    if (error instanceof DecryptionError) return 'damaged';
    throw error;
  }
}

/**
 * The data keys of records (cached in the keyring while unlocked). A record without a key row
 * gets 'missing-key'; a key row that does not unwrap (altered, or another record's) 'damaged'.
 * Reads the key rows outside any transaction; unwraps in parallel.
 */
export async function loadRecordKeys(
  db: MedinfoDatabase,
  keyring: Keyring,
  table: string,
  recordIds: readonly string[],
): Promise<Map<string, RecordKeyResult>> {
  const results = new Map<string, RecordKeyResult>();
  const missing = [...new Set(recordIds)].filter((id) => {
    const cached = keyring.recordKeys.get(id);
    if (cached) results.set(id, cached);
    return !cached;
  });
  if (missing.length === 0) return results;
  const rows = await db.recordKeys.bulkGet(missing);
  const unwrapped = await Promise.all(
    missing.map(async (id, index): Promise<[string, RecordKeyResult]> => {
      const row = rows[index];
      if (row === undefined || row.table !== table) return [id, 'missing-key'];
      return [id, await unwrap(keyring, row)];
    }),
  );
  for (const [id, result] of unwrapped) {
    results.set(id, result);
    if (typeof result !== 'string') keyring.recordKeys.set(id, result);
  }
  return results;
}

/**
 * A key for each record: its own when it has one, a new one (with its row to store in the
 * caller's transaction) otherwise. Call it once per record: two calls for a keyless record would
 * make two keys.
 */
export async function keysFor(
  db: MedinfoDatabase,
  keyring: Keyring,
  table: string,
  ids: readonly string[],
): Promise<{ keys: Map<string, CryptoKey>; rows: RecordKeyRow[] }> {
  const loaded = await loadRecordKeys(db, keyring, table, ids);
  const keys = new Map<string, CryptoKey>();
  const rows: RecordKeyRow[] = [];
  const at = toDeviceTimestamp(new Date());
  for (const id of ids) {
    const key = loaded.get(id);
    if (typeof key === 'object') keys.set(id, key);
    else {
      const created = await createRecordKey(keyring, table, id, at);
      keys.set(id, created.key);
      rows.push(created.row);
    }
  }
  return { keys, rows };
}
