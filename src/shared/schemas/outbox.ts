import { z } from 'zod';
import { idSchema, jsonValueSchema, timestampSchema } from './common';

/** The tables the server knows: every write to one of them is pushed through the outbox. */
export const syncedTableSchema = z.enum([
  'inquiries',
  'products',
  'documents',
  'events',
  'safetyReports',
  'safetyActions',
  'signatures',
  'documentUses',
]);
export type SyncedTable = z.infer<typeof syncedTableSchema>;

export const outboxOperationSchema = z.enum(['put', 'delete']);
export type OutboxOperation = z.infer<typeof outboxOperationSchema>;

/** Lower is pushed sooner; safety information never waits behind anything (ARCHITECTURE.md). */
export const outboxPriorities = { safety: 0, standard: 5 } as const;
export const outboxPrioritySchema = z.union([
  z.literal(outboxPriorities.safety),
  z.literal(outboxPriorities.standard),
]);
export type OutboxPriority = z.infer<typeof outboxPrioritySchema>;

/**
 * A field path as the sync protocol merges it: a top-level field (`status`) or one personal part
 * (`personal.requester`); see src/shared/sync/record.ts.
 */
export const changedFieldPathSchema = z.string().min(1).max(200);

/**
 * One pending mutation. `mutationId` increases strictly per device and `clientId` is the device
 * id, so the server can skip mutations it has already applied (exactly-once effect).
 * `payload` is the whole record after the write (a tombstone for deletes).
 *
 * `baseRevision` is the record's `serverRevision` when it was changed (null for a record the
 * server has not confirmed yet) and `changedFields` the field paths this write changed (every
 * field of a new record), so the server merges field by field (docs/sync-protocol.md,
 * Conflicts). Rows written before store version 6 have neither: the upgrade sets
 * `baseRevision: null` and leaves `changedFields` out, which means "every field".
 * `resolvesConflicts` names the server conflicts a person settled with this write.
 */
export const outboxEntrySchema = z.object({
  mutationId: z.number().int().positive(),
  clientId: idSchema,
  table: syncedTableSchema,
  recordId: idSchema,
  operation: outboxOperationSchema,
  payload: jsonValueSchema,
  priority: outboxPrioritySchema,
  createdAt: timestampSchema,
  baseRevision: z.number().int().nonnegative().nullable(),
  changedFields: z.array(changedFieldPathSchema).optional(),
  resolvesConflicts: z.array(z.uuid()).optional(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
