import { z } from 'zod';
import { blobHashSchema, blobReferenceSchema } from './blob';
import { idSchema, jsonValueSchema, timestampSchema } from './common';
import { outboxEntrySchema } from './outbox';
import { roleSchema } from './user';

/*
 * What the sync engine keeps on the device beside the records: the session with the server, the
 * checkpoint, the "needs attention" list, per-record server facts and file blobs. All local
 * tables or meta values (docs/sync-protocol.md, Client).
 */

/** A server conflict as the device keeps it until a person resolves it. */
export const conflictFieldSchema = z.object({
  conflictId: z.uuid(),
  /** `status`, `personal.requester`, or `*` for a delete against an edit. */
  field: z.string(),
  serverValue: jsonValueSchema.optional(),
  clientValue: jsonValueSchema.optional(),
});
export type ConflictField = z.infer<typeof conflictFieldSchema>;

const issueBase = {
  id: idSchema,
  table: z.string(),
  recordId: z.uuid(),
  createdAt: timestampSchema,
};

/**
 * One entry of the "needs attention" list. Sync never blocks on it: the mutation has left the
 * outbox and the queue went on (ARCHITECTURE.md, Sync).
 * - rejected: the server refused a change; the change is kept here as it was sent.
 * - conflict: the server kept its values for some fields; the device's values wait here.
 * - unreadable: a pulled record this app version cannot read (kept out of the local table).
 */
export const syncIssueSchema = z.discriminatedUnion('kind', [
  z.object({
    ...issueBase,
    kind: z.literal('rejected'),
    mutation: outboxEntrySchema,
    reason: z.string(),
    message: z.string(),
  }),
  z.object({
    ...issueBase,
    kind: z.literal('conflict'),
    mutationId: z.number().int().positive(),
    serverRevision: z.number().int().nonnegative(),
    conflicts: z.array(conflictFieldSchema).min(1),
  }),
  z.object({
    ...issueBase,
    kind: z.literal('unreadable'),
    serverRevision: z.number().int().nonnegative(),
    message: z.string(),
  }),
]);
export type SyncIssue = z.infer<typeof syncIssueSchema>;
export type SyncIssueKind = SyncIssue['kind'];

/** The server's facts about a record this device holds: the "pulled" marker. */
export const recordSyncStateSchema = z.object({
  table: z.string(),
  id: z.uuid(),
  serverRevision: z.number().int().nonnegative(),
  ownerUserId: z.uuid().nullable(),
  /** Another device's change conflicts: a person resolves it where the change was made. */
  hasConflict: z.boolean(),
  serverReceivedAt: timestampSchema,
  pulledAt: timestampSchema,
});
export type RecordSyncState = z.infer<typeof recordSyncStateSchema>;

/**
 * A file blob on the device. `pending-upload`: made here, the server may not have it yet;
 * `stored`: bytes here and on the server; `wanted`: a record refers to it, bytes still coming
 * (`bytes` holds what arrived so far, so a download resumes).
 */
export const localBlobSchema = blobReferenceSchema.extend({
  sha256: blobHashSchema,
  state: z.enum(['pending-upload', 'stored', 'wanted']),
  bytes: z.instanceof(Uint8Array),
  updatedAt: timestampSchema,
});
export type LocalBlob = z.infer<typeof localBlobSchema>;

/** The signed-in server account of this device, as the login answered it. */
export const syncUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string().nullable(),
  role: roleSchema,
  permissions: z.array(z.string()),
});
export type SyncUser = z.infer<typeof syncUserSchema>;

/**
 * The session with the sync server, kept in meta so the app works offline with the last one.
 * `token` is null once the server refused it (expired, revoked): the user signs in again, the
 * outbox waits. `clientId` is the device id the server issued (normally this device's own id).
 */
export const syncSessionSchema = z.object({
  serverUrl: z.string(),
  clientId: z.uuid(),
  token: z.string().nullable(),
  tokenExpiresAt: timestampSchema,
  user: syncUserSchema,
  deviceName: z.string(),
  signedInAt: timestampSchema,
});
export type SyncSession = z.infer<typeof syncSessionSchema>;

/** Where the last stored pull page ended, and on which server database. */
export const syncCheckpointSchema = z.object({
  serverId: z.uuid(),
  revision: z.number().int().nonnegative(),
});
export type SyncCheckpoint = z.infer<typeof syncCheckpointSchema>;
