import { sha256HexOf } from '../../../shared/domain/sha256';
import type { BlobReference, Timestamp } from '../../../shared/schemas';
import { MAX_BLOB_BYTES } from '../../../shared/schemas';
import type { LocalBlob } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';

/**
 * File blobs on this device (library attachments; later signature images and frozen letters),
 * named by the SHA-256 of their bytes. A record refers to a blob by its digest; the sync engine
 * moves the bytes (docs/sync-protocol.md, Blobs).
 */

/** The lower-case hex SHA-256 of some bytes, as the blobs table keys them. Synchronous, so it
 * can run inside a Dexie transaction. */
export function blobKeyOf(bytes: Uint8Array): string {
  return sha256HexOf(bytes);
}

/**
 * Keeps a file's bytes on the device, to be uploaded at the next sync, and returns the reference
 * a record stores. The same bytes stored twice are kept once. Inside a transaction that includes
 * the blobs table it joins it. Throws a RangeError when the file is larger than MAX_BLOB_BYTES.
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
  const reference: BlobReference = { sha256: blobKeyOf(bytes), size: bytes.byteLength, mediaType };
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

/** A blob when its bytes are complete on this device; undefined otherwise. */
export async function getBlob(db: MedinfoDatabase, key: string): Promise<LocalBlob | undefined> {
  const blob = await db.blobs.get(key);
  return blob === undefined || blob.state === 'wanted' ? undefined : blob;
}

/** A blob's bytes when they are complete on this device; undefined otherwise. */
export async function readBlob(db: MedinfoDatabase, key: string): Promise<Uint8Array | undefined> {
  return (await getBlob(db, key))?.bytes;
}

/**
 * Asks the next sync to fetch a file this device lacks (by range, resuming what arrived): e.g.
 * an attachment of a document pulled from the server.
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
