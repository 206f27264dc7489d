import { z } from 'zod';
import { fieldPathSchema, jsonValueSchema, syncedRecordSchema } from './record';
import { sealedEnvelopeSchema } from './sealing';

/**
 * POST /api/v1/sync/push: a batch of outbox mutations of one client, and the result of each.
 * Results are per mutation: one bad mutation is rejected with a reason and never blocks the
 * others (it goes to the client's "needs attention" list).
 */

/** At most this many mutations per push. */
export const MAX_MUTATIONS_PER_PUSH = 500;

/** A table name as the client sends it; whether the server knows it is a per-mutation result. */
export const tableNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/u, 'A table name such as inquiries');

/** A revision on the wire: the global server revision sequence. */
export const revisionSchema = z.int().min(0);

/** One outbox mutation. */
export const mutationSchema = z.strictObject({
  /** Monotonic per client; (clientId, mutationId) makes a push idempotent. */
  mutationId: z.int().min(1),
  table: tableNameSchema,
  recordId: z.uuid(),
  operation: z.enum(['put', 'delete']),
  /** The serverRevision of the record the client last saw, or null for a record it created. */
  baseRevision: revisionSchema.nullable(),
  /** Field paths the client changed since baseRevision (see mergeRecord); omit for "all fields". */
  changedFields: z.array(fieldPathSchema).max(400).optional(),
  /** The whole record (put), sealed or not; null for a delete. */
  payload: z.union([sealedEnvelopeSchema, z.record(z.string(), jsonValueSchema)]).nullable(),
  /** The client's queue priority (0 = most urgent, safety reports); informational for the server. */
  priority: z.int().min(0).max(9),
  /** Conflict ids (from earlier conflict results) that this put resolves. */
  resolvesConflicts: z.array(z.uuid()).max(400).optional(),
});
/** One outbox mutation. */
export type Mutation = z.infer<typeof mutationSchema>;

/** The body of POST /api/v1/sync/push. */
export const pushRequestSchema = z
  .strictObject({
    /** The device id the client received at login; it must match the token's device. */
    clientId: z.uuid(),
    mutations: z.array(mutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
  })
  .refine(
    (request) =>
      new Set(request.mutations.map((m) => m.mutationId)).size === request.mutations.length,
    { message: 'Each mutationId may appear once per push', path: ['mutations'] },
  );
/** The body of a push. */
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Why a mutation was rejected. Stable codes: the client maps them to "needs attention" texts. */
export const rejectionReasonSchema = z.enum([
  'unknown-table',
  'invalid-record',
  'record-id-mismatch',
  'record-too-large',
  'forbidden',
  'immutable-forwarded-report',
  'unsealable-payload',
  'unknown-sealing-key',
  'missing-payload',
  'unsealed-personal-data',
]);
/** Why a mutation was rejected. */
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;

/** The server's view of a record, as push conflict results and pulls carry it. */
export const serverRecordSchema = z.object({
  table: z.string(),
  id: z.uuid(),
  serverRevision: revisionSchema,
  deleted: z.boolean(),
  ownerUserId: z.uuid().nullable(),
  hasConflict: z.boolean(),
  /** Server-stamped time the server first received this record (ISO 8601, UTC). */
  serverReceivedAt: z.iso.datetime({ offset: true }),
  /** Server-stamped time of the last change. */
  serverUpdatedAt: z.iso.datetime({ offset: true }),
  /** The record; null for a tombstone. */
  data: syncedRecordSchema.nullable(),
});
/** The server's view of a record. */
export type ServerRecord = z.infer<typeof serverRecordSchema>;

/** A field the server kept while the client's value waits for a person. */
export const conflictSchema = z.object({
  conflictId: z.uuid(),
  field: z.string(),
  serverValue: jsonValueSchema.optional(),
  clientValue: jsonValueSchema.optional(),
});
/** One conflicting field. */
export type Conflict = z.infer<typeof conflictSchema>;

const resultBase = {
  mutationId: z.int().min(1),
  /** Server-stamped time the server received the mutation (ISO 8601, UTC). */
  receivedAt: z.iso.datetime({ offset: true }),
};

/** The result of one mutation; a replayed mutation gets its original result back. */
export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({
    ...resultBase,
    status: z.literal('applied'),
    serverRevision: revisionSchema,
    /**
     * The server's record after the mutation, present only when it differs from the payload
     * sent (a stale base merged with other people's changes): the client then knows exactly
     * which version it holds, so it may use serverRevision as the base of its next change.
     */
    record: serverRecordSchema.optional(),
  }),
  z.object({
    ...resultBase,
    status: z.literal('rejected'),
    reason: rejectionReasonSchema,
    message: z.string(),
    /** The server's record, when it exists and the user may read it, to restore on the client. */
    record: serverRecordSchema.optional(),
  }),
  z.object({
    ...resultBase,
    status: z.literal('conflict'),
    serverRevision: revisionSchema,
    record: serverRecordSchema,
    conflicts: z.array(conflictSchema),
  }),
]);
/** The result of one mutation. */
export type MutationResult = z.infer<typeof mutationResultSchema>;

/** The answer to a push, results in the order of the request's mutations. */
export const pushResponseSchema = z.object({ results: z.array(mutationResultSchema) });
/** The answer to a push. */
export type PushResponse = z.infer<typeof pushResponseSchema>;
