import { z } from 'zod';

/**
 * A file a record refers to (signature image, attachment, frozen letter PDF). Files travel apart
 * from records as content-addressed blobs: the SHA-256 of the bytes names them, so a copy can
 * be checked on arrival and the same bytes are stored once (docs/sync-protocol.md, Blobs).
 */

/** Lower-case hex SHA-256 of a blob's bytes. */
export const blobHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/u, 'Expected a lower-case hex SHA-256 (64 characters)');
export type BlobHash = z.infer<typeof blobHashSchema>;

/** Largest blob the app stores or sends: a scanned letter or a photo of a pack stays far below. */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

/** How a record refers to a blob. The bytes are in the local `blobs` table and on the server. */
export const blobReferenceSchema = z.object({
  sha256: blobHashSchema,
  size: z.number().int().min(0).max(MAX_BLOB_BYTES),
  mediaType: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/u, 'Expected a media type such as image/png')
    .max(100),
});
export type BlobReference = z.infer<typeof blobReferenceSchema>;
