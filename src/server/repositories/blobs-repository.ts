import type { Queryable } from '../database/database';

/**
 * Content-addressed blobs and their unfinished uploads (migration 002). Bytes travel as
 * Uint8Array (PGlite) or Buffer (pg, a Uint8Array too).
 */

/** A finished blob's size, or null when the server has none with this hash. */
export async function findBlobSize(db: Queryable, sha256: string): Promise<number | null> {
  const result = await db.query<{ size: number }>('SELECT size FROM blobs WHERE sha256 = $1', [
    sha256,
  ]);
  return result.rows[0]?.size ?? null;
}

/**
 * Bytes of a finished blob from `from` (0-based) for at most `length` bytes, or null when missing.
 * @throws the driver's error
 */
export async function readBlobBytes(
  db: Queryable,
  sha256: string,
  from: number,
  length: number,
): Promise<Uint8Array | null> {
  // substring on bytea is 1-based.
  const result = await db.query<{ part: Uint8Array }>(
    'SELECT substring(content FROM $2::int FOR $3::int) AS part FROM blobs WHERE sha256 = $1',
    [sha256, from + 1, length],
  );
  const part = result.rows[0]?.part;
  return part === undefined ? null : new Uint8Array(part);
}

/** A device's unfinished upload: its announced size and the bytes received so far. */
export type BlobUpload = { size: number; received: Uint8Array };

/**
 * The device's unfinished upload of a blob, locked for the transaction, or null.
 * @throws the driver's error
 */
export async function findUploadForUpdate(
  transaction: Queryable,
  sha256: string,
  deviceId: string,
): Promise<BlobUpload | null> {
  const result = await transaction.query<{ size: number; received: Uint8Array }>(
    'SELECT size, received FROM blob_uploads WHERE sha256 = $1 AND device_id = $2 FOR UPDATE',
    [sha256, deviceId],
  );
  const row = result.rows[0];
  return row === undefined ? null : { size: row.size, received: new Uint8Array(row.received) };
}

/**
 * Stores the bytes received so far of a device's upload (creating or replacing the row).
 * @throws the driver's error
 */
export async function saveUpload(
  transaction: Queryable,
  upload: { sha256: string; deviceId: string; size: number; received: Uint8Array },
): Promise<void> {
  await transaction.query(
    `INSERT INTO blob_uploads (sha256, device_id, size, received) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256, device_id) DO UPDATE SET size = EXCLUDED.size,
       received = EXCLUDED.received, updated_at = now()`,
    [upload.sha256, upload.deviceId, upload.size, upload.received],
  );
}

/**
 * Removes a device's upload (finished or refused).
 * @throws the driver's error
 */
export async function deleteUpload(
  transaction: Queryable,
  sha256: string,
  deviceId: string,
): Promise<void> {
  await transaction.query('DELETE FROM blob_uploads WHERE sha256 = $1 AND device_id = $2', [
    sha256,
    deviceId,
  ]);
}

/**
 * Stores a finished blob; the same bytes sent twice are stored once.
 * @throws the driver's error
 */
export async function insertBlob(
  transaction: Queryable,
  blob: { sha256: string; content: Uint8Array; userId: string },
): Promise<void> {
  await transaction.query(
    `INSERT INTO blobs (sha256, size, content, created_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO NOTHING`,
    [blob.sha256, blob.content.byteLength, blob.content, blob.userId],
  );
}
