import { z } from 'zod';
import { encryptedEnvelopeSchema } from '../security/encryption';
import { idSchema, timestampSchema } from './common';

const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/u, 'base64url without padding');

/**
 * How a password becomes keys: Argon2id (RFC 9106), memory-hard, so guessing passwords from a
 * stolen disk costs memory as well as time. The parameters are stored with each verifier, so
 * they can be raised later without locking anyone out (docs/decisions/0010).
 */
export const kdfParametersSchema = z.strictObject({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int().min(8).max(1_048_576),
  iterations: z.number().int().min(1).max(20),
  parallelism: z.number().int().min(1).max(4),
  /** 16 random bytes, base64url. */
  salt: base64Url.min(22),
});
export type KdfParameters = z.infer<typeof kdfParametersSchema>;

/**
 * The device data key protected by the OS key store (Electron safeStorage) for fast unlock:
 * opaque to the renderer until main decrypts it.
 */
export const fastUnlockSchema = z.strictObject({
  protectedSecret: base64Url.min(1),
  enabledAt: timestampSchema,
});
export type FastUnlock = z.infer<typeof fastUnlockSchema>;

/**
 * What lets one account unlock this device, kept apart from the account record (which is
 * audited field by field and shown to admins): the password verifier, the device data key and
 * the private signing key wrapped by the password-derived key, and the failed-attempt counter
 * that drives the back-off. Local to the device; never synced.
 */
export const credentialsSchema = z.strictObject({
  userId: idSchema,
  kdf: kdfParametersSchema,
  /** SHA-256 of the first half of the KDF output, base64url. */
  verifier: base64Url.length(43),
  /** The device data key, AES-GCM-wrapped by the second half of the KDF output. */
  wrappedDeviceKey: encryptedEnvelopeSchema,
  /** The account's ECDSA P-256 private key (PKCS #8), wrapped the same way. */
  wrappedSigningKey: encryptedEnvelopeSchema,
  signingKeyId: z.string().min(8).max(100),
  failedAttempts: z.number().int().nonnegative(),
  /** No attempt is checked before this moment (increasing back-off); null when none is due. */
  retryNotBefore: timestampSchema.nullable(),
  fastUnlock: fastUnlockSchema.nullable(),
});
export type Credentials = z.infer<typeof credentialsSchema>;
