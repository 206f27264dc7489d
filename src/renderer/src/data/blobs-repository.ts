import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Timestamp } from '../../../shared/schemas';
import type { BlobRow, MedinfoDatabase } from './db';

/** The SHA-256 of some bytes, as the blobs table keys them. */
export function blobKeyOf(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/**
 * Stores file contents under their SHA-256 (once, however many documents enclose them) and
 * returns the key. Inside a transaction it joins it (the caller's tables must include blobs).
 */
export async function storeBlob(
  db: MedinfoDatabase,
  bytes: Uint8Array,
  mediaType: string,
  at: Timestamp,
): Promise<string> {
  const key = blobKeyOf(bytes);
  if ((await db.blobs.get(key)) === undefined) {
    await db.blobs.put({ sha256: key, mediaType, bytes, storedAt: at });
  }
  return key;
}

/** A stored file by its SHA-256; undefined when this device does not hold it. */
export async function getBlob(db: MedinfoDatabase, key: string): Promise<BlobRow | undefined> {
  return db.blobs.get(key);
}
