import { z } from 'zod';
import { encryptedEnvelopeSchema } from '../security/encryption';
import { idSchema, jsonValueSchema, timestampSchema } from './common';
import { syncedTableSchema } from './outbox';

/**
 * Local tables whose changes are audited too (who may act, how due dates are computed), and
 * `device`: events about the store itself (its personal data protected, its chain re-sealed).
 */
export const auditedTableSchema = z.enum([
  ...syncedTableSchema.options,
  'users',
  'settings',
  'device',
]);
export type AuditedTable = z.infer<typeof auditedTableSchema>;

export const auditActionSchema = z.enum(['create', 'update', 'delete']);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** SHA-256 as 64 lower-case hex digits. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 hex digest');

/** The `previousHash` of the first event of a device's chain. */
export const genesisHash = '0'.repeat(64);

/**
 * One changed field, as a dotted path. `before` is absent on create and `after` on removal:
 * Part 11 requires that the trail never obscures earlier values, so both are kept verbatim.
 */
export const auditChangeSchema = z.object({
  field: z.string().min(1).max(200),
  before: jsonValueSchema.optional(),
  after: jsonValueSchema.optional(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

/** The changes to a record's personal part, before encryption (and after decryption). */
export const auditPersonalChangesSchema = z.object({
  changes: z.array(auditChangeSchema).min(1),
});
export type AuditPersonalChanges = z.infer<typeof auditPersonalChangesSchema>;

/**
 * One entry of the append-only, hash-chained audit trail of a device (21 CFR 11.10(e)).
 * Changes to a record's `personal` part sit in the event's own `personal` part, encrypted with
 * the record's data key, so purging a record's personal data (destroying its key) never edits an
 * event. The hash covers the event as stored — the ciphertext — so the chain verifies while the
 * app is locked and after a purge (docs/decisions/0011). Plaintext parts exist only in stores
 * written before encryption, until their first unlock protects them.
 */
export const auditEventSchema = z.object({
  id: idSchema,
  deviceId: idSchema,
  /** 1, 2, 3, … per device, without gaps: a missing number is a deleted event. */
  sequence: z.number().int().positive(),
  at: timestampSchema,
  actorUserId: idSchema,
  action: auditActionSchema,
  table: auditedTableSchema,
  recordId: z.string().min(1).max(64),
  changes: z.array(auditChangeSchema),
  personal: z.union([encryptedEnvelopeSchema, auditPersonalChangesSchema]).nullable(),
  previousHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** An event before it is chained: what the hash is computed over, with `previousHash`. */
export const auditEventContentSchema = auditEventSchema.omit({ hash: true, previousHash: true });
export type AuditEventContent = z.infer<typeof auditEventContentSchema>;

/** The last link of a device's chain, kept in the store and later reported to the server. */
export const auditHeadSchema = z.object({
  sequence: z.number().int().nonnegative(),
  hash: sha256HexSchema,
});
export type AuditHead = z.infer<typeof auditHeadSchema>;
