import { z } from 'zod';
import { MAX_BLOB_BYTES, blobHashSchema } from '../schemas/blob';

/**
 * Content-addressed blobs on the wire (docs/sync-protocol.md, Blobs):
 * - `GET  /api/v1/blobs/:sha256/status` → BlobStatus (how much of an upload the server has);
 * - `PUT  /api/v1/blobs/:sha256?offset=<n>&size=<total>`, body application/octet-stream: one
 *   chunk appended at `offset` (only where the server's upload ends: a retried or reordered chunk
 *   changes nothing) → BlobStatus; the last chunk is checked against the hash;
 * - `GET  /api/v1/blobs/:sha256` with an optional `Range: bytes=<from>-<to>` → the bytes (206 for a
 *   range), so a download resumes where it stopped.
 */

export { MAX_BLOB_BYTES, blobHashSchema };

/** Largest chunk of one PUT (and of one ranged GET the client asks for). */
export const MAX_BLOB_CHUNK_BYTES = 1024 * 1024;

/** The query of a chunk upload. */
export const blobChunkQuerySchema = z.strictObject({
  offset: z.coerce.number().pipe(z.int().min(0).max(MAX_BLOB_BYTES)),
  size: z.coerce.number().pipe(z.int().min(0).max(MAX_BLOB_BYTES)),
});
/** The query of a chunk upload. */
export type BlobChunkQuery = z.infer<typeof blobChunkQuerySchema>;

/** What the server holds of a blob: nothing, part of this device's upload, or all of it. */
export const blobStatusSchema = z.object({
  state: z.enum(['missing', 'partial', 'complete']),
  /** Bytes the server has: continue the upload at this offset. */
  received: z.int().min(0),
  /** The blob's size, once known (null while missing). */
  size: z.int().min(0).nullable(),
});
/** What the server holds of a blob. */
export type BlobStatus = z.infer<typeof blobStatusSchema>;
