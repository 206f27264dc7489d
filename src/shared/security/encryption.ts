import { z } from 'zod';
import { timestampSchema } from '../schemas/common';

/**
 * Encryption at rest of personal data (ARCHITECTURE.md, Data; docs/decisions/0011): what an
 * encrypted value looks like when stored, and the additional authenticated data (AAD) of each
 * use. AES-256-GCM authenticates the AAD, so a ciphertext copied into another record, another
 * audit event or another purpose does not decrypt. The WebCrypto calls live in the renderer.
 */

/** The one algorithm of stored ciphertext. */
export const ENCRYPTION_ALGORITHM = 'A256GCM';

const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/u, 'base64url without padding');

/** A value encrypted with AES-256-GCM: 12-byte nonce, ciphertext with its 16-byte tag. */
export const encryptedEnvelopeSchema = z.strictObject({
  alg: z.literal(ENCRYPTION_ALGORITHM),
  iv: base64Url.length(16),
  ciphertext: base64Url.min(22),
});
export type EncryptedEnvelope = z.infer<typeof encryptedEnvelopeSchema>;

/**
 * An outbox payload kept encrypted with its record's key because the server's sealing key is
 * not known yet (a device that never connected). It is sealed for the server at the first
 * unlock after the key is known (docs/decisions/0014); until then it is not sendable.
 */
export const localPayloadSchema = z.strictObject({
  localSealed: z.literal(ENCRYPTION_ALGORITHM),
  iv: base64Url.length(16),
  ciphertext: base64Url.min(22),
});
export type LocalPayload = z.infer<typeof localPayloadSchema>;

/** Whether an outbox payload waits, encrypted on the device, to be sealed for the server. */
export function isLocalPayload(value: unknown): value is LocalPayload {
  return localPayloadSchema.safeParse(value).success;
}

/** What is left of a record's personal part once it was purged on this device. */
export const purgedPersonalSchema = z.strictObject({ purgedAt: timestampSchema });
export type PurgedPersonal = z.infer<typeof purgedPersonalSchema>;

/** Whether a stored value is an encrypted envelope (rather than legacy plaintext). */
export function isEncryptedEnvelope(value: unknown): value is EncryptedEnvelope {
  return encryptedEnvelopeSchema.safeParse(value).success;
}

/** Whether a stored personal part was purged. */
export function isPurgedPersonal(value: unknown): value is PurgedPersonal {
  return purgedPersonalSchema.safeParse(value).success;
}

function additionalData(purpose: string, parts: readonly string[]): string {
  return [`medinfo-desk/${purpose}/v1`, ...parts].join('\n');
}

/** The AAD of a record's personal part. */
export function personalAad(table: string, recordId: string): string {
  return additionalData('personal', [table, recordId]);
}

/** The AAD of the personal part of one audit event (encrypted with its record's key). */
export function auditPersonalAad(table: string, recordId: string, eventId: string): string {
  return additionalData('audit-personal', [table, recordId, eventId]);
}

/** The AAD of a per-record data key wrapped by the device data key. */
export function recordKeyAad(table: string, recordId: string): string {
  return additionalData('record-key', [table, recordId]);
}

/** The AAD of the device data key wrapped by one account's password-derived key. */
export function deviceKeyAad(userId: string): string {
  return additionalData('device-key', [userId]);
}

/** The AAD of an account's private signing key wrapped by its password-derived key. */
export function signingKeyAad(userId: string, keyId: string): string {
  return additionalData('signing-key', [userId, keyId]);
}

/** The AAD of an outbox payload kept encrypted on the device until it can be sealed. */
export function localPayloadAad(table: string, recordId: string): string {
  return additionalData('local-payload', [table, recordId]);
}

/** The AAD of a form draft. */
export function draftAad(draftId: string): string {
  return additionalData('draft', [draftId]);
}
