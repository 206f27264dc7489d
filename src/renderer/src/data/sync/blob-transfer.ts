import type { LocalBlob, Timestamp } from '../../../../shared/schemas';
import { MAX_BLOB_CHUNK_BYTES } from '../../../../shared/sync';
import { blobKeyOf } from '../blobs-repository';
import type { MedinfoDatabase } from '../db';
import type { SyncApi } from './api';
import { SyncHttpError } from './api';

/** What a blob transfer needs. */
export type BlobTransferContext = {
  db: MedinfoDatabase;
  api: SyncApi;
  token: string;
  now: () => Timestamp;
  signal: AbortSignal;
};

/** Chunks sent or fetched at most per blob and run: a guard against a server that never ends. */
const MAX_CHUNKS = Math.ceil((20 * 1024 * 1024) / MAX_BLOB_CHUNK_BYTES) + 5;

/**
 * Uploads every blob made on this device that the server may lack, resuming where the server's
 * copy ends (its status says how much arrived).
 * @returns how many blobs the server now has complete
 * @throws NetworkError, SyncHttpError (a refused blob stops the run: retried with backoff)
 */
export async function uploadBlobs(context: BlobTransferContext): Promise<number> {
  const pending = await context.db.blobs.where('state').equals('pending-upload').toArray();
  let uploaded = 0;
  for (const blob of pending) {
    await uploadOne(context, blob);
    await context.db.blobs.update(blob.sha256, { state: 'stored', updatedAt: context.now() });
    uploaded += 1;
  }
  return uploaded;
}

async function uploadOne(context: BlobTransferContext, blob: LocalBlob): Promise<void> {
  const status = await context.api.blobStatus(context.token, blob.sha256, context.signal);
  if (status.state === 'complete') return;
  let offset = status.received;
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk += 1) {
    const answer = await context.api.putBlobChunk(
      context.token,
      {
        sha256: blob.sha256,
        offset,
        size: blob.size,
        bytes: blob.bytes.subarray(offset, offset + MAX_BLOB_CHUNK_BYTES),
      },
      context.signal,
    );
    if (answer.state === 'complete') return;
    offset = answer.received;
  }
  throw new Error(`The upload of blob ${blob.sha256} did not finish.`);
}

/**
 * Downloads the blobs records here refer to, by range, resuming from the bytes already kept;
 * a finished download is checked against its hash (a mismatch starts it again next time). A blob
 * the server does not have yet (its uploader has not synced it) waits for the next run.
 * @returns how many blobs are now complete here
 * @throws NetworkError, SyncHttpError other than 404
 */
export async function downloadBlobs(context: BlobTransferContext): Promise<number> {
  const wanted = await context.db.blobs.where('state').equals('wanted').toArray();
  let completed = 0;
  for (const blob of wanted) {
    const bytes = await downloadOne(context, blob);
    if (bytes === null) continue;
    const isIntact = blobKeyOf(bytes) === blob.sha256;
    await context.db.blobs.update(blob.sha256, {
      state: isIntact ? 'stored' : 'wanted',
      bytes: isIntact ? bytes : new Uint8Array(0),
      updatedAt: context.now(),
    });
    if (isIntact) completed += 1;
  }
  return completed;
}

async function downloadOne(
  context: BlobTransferContext,
  blob: LocalBlob,
): Promise<Uint8Array<ArrayBuffer> | null> {
  let bytes = blob.bytes;
  for (let chunk = 0; chunk < MAX_CHUNKS && bytes.byteLength < blob.size; chunk += 1) {
    const to = Math.min(blob.size, bytes.byteLength + MAX_BLOB_CHUNK_BYTES) - 1;
    let part: Uint8Array;
    try {
      part = await context.api.getBlobRange(
        context.token,
        { sha256: blob.sha256, from: bytes.byteLength, to },
        context.signal,
      );
    } catch (error) {
      if (error instanceof SyncHttpError && error.status === 404) return null;
      throw error;
    }
    if (part.byteLength === 0) return null;
    const joined = new Uint8Array(bytes.byteLength + part.byteLength);
    joined.set(bytes, 0);
    joined.set(part, bytes.byteLength);
    bytes = joined;
    // Kept as it grows, so a lost connection resumes here rather than from the start.
    await context.db.blobs.update(blob.sha256, { bytes, updatedAt: context.now() });
  }
  return bytes.byteLength >= blob.size ? bytes.slice(0, blob.size) : null;
}
