import { z } from 'zod';

/**
 * Sealed payloads: an outbox payload encrypted for the server when it is written, so a locked
 * laptop can keep pushing (ARCHITECTURE.md, Sync). ECIES-style with WebCrypto primitives that
 * Chromium and Node both have:
 *
 * 1. an ephemeral ECDH P-256 key pair; shared secret = ECDH(ephemeral private, server public), 256 bits;
 * 2. key = HKDF-SHA-256(secret, salt = raw ephemeral public key (65 bytes), info = SEALING_HKDF_INFO) → AES-256-GCM;
 * 3. ciphertext = AES-GCM(key, iv = 12 random bytes, additionalData = sealingAdditionalData(table, recordId),
 *    plaintext = UTF-8 JSON of the record), tag (16 bytes) appended as WebCrypto does.
 *
 * The additional data binds a sealed payload to its table and record, so it cannot be replayed
 * into another record. The exact steps are in docs/sync-protocol.md.
 */

/** The algorithm label carried in every envelope. */
export const SEALING_ALGORITHM = 'ECDH-P256+HKDF-SHA256+A256GCM';

/** The HKDF `info` string (UTF-8). */
export const SEALING_HKDF_INFO = 'medinfo-desk sealed payload v1';

const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/u, 'base64url without padding');

/** A sealed payload as it travels in a mutation's `payload`. */
export const sealedEnvelopeSchema = z.strictObject({
  sealed: z.literal(SEALING_ALGORITHM),
  /** The id of the server key it was sealed for (from GET /api/v1/info). */
  kid: z.string().min(1).max(100),
  /** The ephemeral public key, raw uncompressed point (65 bytes), base64url. */
  epk: base64Url.length(87),
  /** The AES-GCM nonce (12 bytes), base64url. */
  iv: base64Url.length(16),
  /** Ciphertext with the 16-byte tag appended, base64url. */
  ciphertext: base64Url.min(22),
});
/** A sealed payload. */
export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

/** The server's public sealing key as GET /api/v1/info publishes it (a JWK WebCrypto imports). */
export const sealingKeySchema = z.object({
  kid: z.string(),
  algorithm: z.literal(SEALING_ALGORITHM),
  publicKeyJwk: z.object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: base64Url,
    y: base64Url,
  }),
});
/** The server's public sealing key. */
export type SealingKey = z.infer<typeof sealingKeySchema>;

/**
 * The AES-GCM additional data of a sealed payload (encode it as UTF-8).
 * @throws never
 */
export function sealingAdditionalData(table: string, recordId: string): string {
  return `medinfo-desk/v1\n${table}\n${recordId}`;
}

/**
 * Whether a payload claims to be sealed (it then must parse as a SealedEnvelope). A record always
 * has an `id` and an envelope never does, so a record may still have a field named `sealed`.
 * @throws never
 */
export function isSealedPayload(payload: unknown): boolean {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    Object.hasOwn(payload, 'sealed') &&
    !Object.hasOwn(payload, 'id')
  );
}
