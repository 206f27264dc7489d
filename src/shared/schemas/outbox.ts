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
 * One pending mutation. `mutationId` increases strictly per device and `clientId` is the device
 * id, so the server can skip mutations it has already applied (exactly-once effect).
 * `payload` is the whole record after the write (a tombstone for deletes).
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
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
