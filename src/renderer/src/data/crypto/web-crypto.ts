import { base64UrlToBytes, bytesToBase64Url } from '../../../../shared/encoding';
import {
  ENCRYPTION_ALGORITHM,
  encryptedEnvelopeSchema,
} from '../../../../shared/security/encryption';
import type { EncryptedEnvelope } from '../../../../shared/security/encryption';

/*
 * Thin wrappers over WebCrypto for the store. Every call is async and runs OUTSIDE Dexie
 * transactions: awaiting it inside one would let IndexedDB commit half-way (decision 0011).
 * Each promise goes through Promise.resolve(), as Dexie asks of non-Dexie async calls made inside
 * a live query, so a query that decrypts keeps being observed.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decryption failed: wrong key, altered or truncated ciphertext, or another record's data. */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
  constructor(detail = 'The data could not be decrypted: wrong key or damaged ciphertext') {
    super(detail);
  }
}

/** A copy backed by a plain ArrayBuffer, the type WebCrypto accepts. */
export function toBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/** Secure random bytes. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Imports 32 raw bytes as an AES-256-GCM key. */
export async function importAesKey(raw: Uint8Array, isExtractable = false): Promise<CryptoKey> {
  return Promise.resolve(
    crypto.subtle.importKey('raw', toBuffer(raw), { name: 'AES-GCM' }, isExtractable, [
      'encrypt',
      'decrypt',
    ]),
  );
}

/** Encrypts bytes with AES-256-GCM and a fresh 12-byte nonce, binding `aad`. */
export async function encryptBytes(
  key: CryptoKey,
  plaintext: Uint8Array,
  aad: string,
): Promise<EncryptedEnvelope> {
  const iv = randomBytes(12);
  const ciphertext = await Promise.resolve(
    crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
      key,
      toBuffer(plaintext),
    ),
  );
  return {
    alg: ENCRYPTION_ALGORITHM,
    iv: bytesToBase64Url(iv),
    ciphertext: bytesToBase64Url(new Uint8Array(ciphertext)),
  };
}

/**
 * Decrypts an envelope. Throws DecryptionError for anything that is not an intact envelope made
 * with this key and this `aad`: malformed, truncated, altered, or moved from elsewhere.
 */
export async function decryptBytes(
  key: CryptoKey,
  envelope: unknown,
  aad: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const parsed = encryptedEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) throw new DecryptionError('The stored ciphertext is malformed');
  try {
    const plaintext = await Promise.resolve(
      crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: toBuffer(base64UrlToBytes(parsed.data.iv)),
          additionalData: encoder.encode(aad),
        },
        key,
        toBuffer(base64UrlToBytes(parsed.data.ciphertext)),
      ),
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new DecryptionError();
  }
}

/** Encrypts a JSON value (as UTF-8 JSON text). */
export async function encryptJson(
  key: CryptoKey,
  value: unknown,
  aad: string,
): Promise<EncryptedEnvelope> {
  return encryptBytes(key, encoder.encode(JSON.stringify(value)), aad);
}

/** Decrypts a JSON value; throws DecryptionError as `decryptBytes`, and when it is not JSON. */
export async function decryptJson(
  key: CryptoKey,
  envelope: unknown,
  aad: string,
): Promise<unknown> {
  const bytes = await decryptBytes(key, envelope, aad);
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown;
  } catch {
    throw new DecryptionError('The decrypted data is not valid JSON');
  }
}

/** SHA-256 of bytes, base64url. */
export async function sha256Base64Url(bytes: Uint8Array): Promise<string> {
  const digest = await Promise.resolve(crypto.subtle.digest('SHA-256', toBuffer(bytes)));
  return bytesToBase64Url(new Uint8Array(digest));
}

/** Compares two strings in time independent of where they differ (verifiers, checks). */
export function isSameSecret(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) {
    difference |= left.charCodeAt(index) ^ right.charCodeAt(index);
  }
  return difference === 0;
}
