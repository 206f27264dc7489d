import { z } from 'zod';
import { revisionSchema, serverRecordSchema } from './push';

/**
 * GET /api/v1/sync/pull?since=<revision>&limit=<n>: the changes after a checkpoint, in server
 * revision order, a page at a time. Tombstones are included (records are never hard-deleted).
 * The client stores a page and its checkpoint in one transaction.
 */

/** Default page size. */
export const DEFAULT_PULL_LIMIT = 200;

/** Largest page size a client may ask for. */
export const MAX_PULL_LIMIT = 1000;

/** The query string of a pull. */
export const pullQuerySchema = z.strictObject({
  /** The last checkpoint (nextCheckpoint of the previous page); 0 = from the beginning. */
  since: z.coerce.number().pipe(revisionSchema),
  limit: z.coerce.number().pipe(z.int().min(1).max(MAX_PULL_LIMIT)).default(DEFAULT_PULL_LIMIT),
});
/** The query of a pull. */
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** One page of changes. */
export const pullResponseSchema = z.discriminatedUnion('resyncRequired', [
  z.object({
    resyncRequired: z.literal(false),
    /** Identifies the server's database: a different id means the checkpoint belongs elsewhere. */
    serverId: z.uuid(),
    changes: z.array(serverRecordSchema),
    /** True when more changes follow: pull again at once with since = nextCheckpoint. */
    hasMore: z.boolean(),
    /** The checkpoint to store with this page. */
    nextCheckpoint: revisionSchema,
  }),
  z.object({
    /** The checkpoint is older than the compaction horizon or was never issued by this server:
     * pull again from since=0 and reconcile (keep local unsynced changes in the outbox). */
    resyncRequired: z.literal(true),
    serverId: z.uuid(),
    reason: z.enum(['checkpoint-too-old', 'checkpoint-unknown']),
  }),
]);
/** One page of changes, or the order to start again. */
export type PullResponse = z.infer<typeof pullResponseSchema>;
