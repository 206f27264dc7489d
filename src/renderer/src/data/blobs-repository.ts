import type { BlobReference, Timestamp } from '../../../shared/schemas';
import { MAX_BLOB_BYTES } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';

/**
 * File blobs on this device (signature images, attachments, frozen letter PDFs), named by the
 * SHA-256 of their bytes. A record refers to a blob by its BlobReference; the sync engine moves
 * the bytes (docs/sync-protocol.md, Blobs).
 */

/** Lower-case hex SHA-256 of some bytes (WebCrypto: Chromium and Node both have it). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps a file's bytes on the device, to be uploaded at the next sync, and returns the reference
 * a record stores. The same bytes stored twice are kept once.
 * Throws a RangeError when the file is larger than MAX_BLOB_BYTES.
 */
export async function storeBlob(
  db: MedinfoDatabase,
  bytes: Uint8Array,
  mediaType: string,
  now: Timestamp,
): Promise<BlobReference> {
  if (bytes.byteLength > MAX_BLOB_BYTES) {
    throw new RangeError(`A file may have at most ${MAX_BLOB_BYTES} bytes`);
  }
  const reference: BlobReference = {
    sha256: await sha256Hex(bytes),
    size: bytes.byteLength,
    mediaType,
  };
  await db.transaction('rw', db.blobs, async () => {
    const existing = await db.blobs.get(reference.sha256);
    if (existing?.state === 'stored' || existing?.state === 'pending-upload') return;
    await db.blobs.put({
      ...reference,
      state: 'pending-upload',
      bytes: bytes.slice(),
      updatedAt: now,
    });
  });
  return reference;
}

/** A blob's bytes when they are complete on this device; undefined otherwise. */
export async function readBlob(
  db: MedinfoDatabase,
  sha256: string,
): Promise<Uint8Array | undefined> {
  const blob = await db.blobs.get(sha256);
  return blob === undefined || blob.state === 'wanted' ? undefined : blob.bytes;
}

/**
 * Asks the next sync to fetch a file this device lacks (by range, resuming what arrived). No
 * record of the current model refers to a file yet; a feature that shows one calls this.
 * @throws Dexie's errors
 */
export async function wantBlob(
  db: MedinfoDatabase,
  reference: BlobReference,
  now: Timestamp,
): Promise<void> {
  await db.transaction('rw', db.blobs, async () => {
    if ((await db.blobs.get(reference.sha256)) !== undefined) return;
    await db.blobs.put({ ...reference, state: 'wanted', bytes: new Uint8Array(0), updatedAt: now });
  });
}
