import { createHash } from 'node:crypto';
import type { Database } from '../database/database';
import type { BlobStatus } from '../../shared/sync';
import { HttpError } from '../http-error';
import {
  deleteUpload,
  findBlobSize,
  findUploadForUpdate,
  insertBlob,
  saveUpload,
} from '../repositories/blobs-repository';

/** Who uploads: a user on one device (uploads are kept per device). */
export type Uploader = { userId: string; deviceId: string };

/** One chunk of an upload. */
export type BlobChunk = { sha256: string; offset: number; size: number; bytes: Uint8Array };

type Step =
  | { kind: 'status'; status: BlobStatus }
  | { kind: 'refused'; statusCode: 400 | 422; error: string; message: string };

/**
 * What the server holds of a blob for this device.
 * @throws the driver's error
 */
export async function blobStatus(
  database: Database,
  uploader: Uploader,
  sha256: string,
): Promise<BlobStatus> {
  const size = await findBlobSize(database, sha256);
  if (size !== null) return { state: 'complete', received: size, size };
  const upload = await findUploadForUpdate(database, sha256, uploader.deviceId);
  if (upload === null) return { state: 'missing', received: 0, size: null };
  return { state: 'partial', received: upload.received.byteLength, size: upload.size };
}

/**
 * Appends a chunk where the device's upload ends; a chunk at any other offset (a retry, a
 * duplicate, a reordered request) changes nothing and the answer says where to continue. The
 * last chunk makes the blob only if the bytes hash to its name (checked on arrival).
 * @throws HttpError 400 when the size differs from the upload's or the chunk overruns it, 422
 *   when the finished bytes do not match the hash (the upload is discarded); the driver's error
 */
export async function receiveBlobChunk(
  database: Database,
  uploader: Uploader & { userId: string },
  chunk: BlobChunk,
): Promise<BlobStatus> {
  const existing = await findBlobSize(database, chunk.sha256);
  if (existing !== null) return { state: 'complete', received: existing, size: existing };
  const step = await database.transaction(async (transaction): Promise<Step> => {
    const upload = (await findUploadForUpdate(transaction, chunk.sha256, uploader.deviceId)) ?? {
      size: chunk.size,
      received: new Uint8Array(0),
    };
    const received = upload.received.byteLength;
    if (upload.size !== chunk.size) {
      return refuse(
        400,
        'blob-size-mismatch',
        `This upload was announced as ${upload.size} bytes.`,
      );
    }
    if (chunk.offset !== received) {
      return { kind: 'status', status: { state: 'partial', received, size: upload.size } };
    }
    if (received + chunk.bytes.byteLength > upload.size) {
      return refuse(400, 'blob-chunk-overrun', 'The chunk goes past the announced size.');
    }
    const bytes = concatenate(upload.received, chunk.bytes);
    if (bytes.byteLength < upload.size) {
      await saveUpload(transaction, { ...chunk, deviceId: uploader.deviceId, received: bytes });
      return {
        kind: 'status',
        status: { state: 'partial', received: bytes.byteLength, size: upload.size },
      };
    }
    await deleteUpload(transaction, chunk.sha256, uploader.deviceId);
    if (createHash('sha256').update(bytes).digest('hex') !== chunk.sha256) {
      return refuse(
        422,
        'blob-hash-mismatch',
        'The bytes do not hash to the blob name: send them again.',
      );
    }
    await insertBlob(transaction, {
      sha256: chunk.sha256,
      content: bytes,
      userId: uploader.userId,
    });
    return {
      kind: 'status',
      status: { state: 'complete', received: bytes.byteLength, size: bytes.byteLength },
    };
  });
  if (step.kind === 'refused') {
    throw new HttpError(step.statusCode, { error: step.error, message: step.message });
  }
  return step.status;
}

function refuse(statusCode: 400 | 422, error: string, message: string): Step {
  return { kind: 'refused', statusCode, error, message };
}

function concatenate(left: Uint8Array, right: Uint8Array): Uint8Array {
  const joined = new Uint8Array(left.byteLength + right.byteLength);
  joined.set(left, 0);
  joined.set(right, left.byteLength);
  return joined;
}
