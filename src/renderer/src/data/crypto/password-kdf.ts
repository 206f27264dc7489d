import { argon2idAsync } from '@noble/hashes/argon2.js';
import { base64UrlToBytes, bytesToBase64Url } from '../../../../shared/encoding';
import type { KdfParameters } from '../../../../shared/schemas';
import { importAesKey, randomBytes, sha256Base64Url } from './web-crypto';

/** The cost of a password derivation; the salt is drawn per account. */
export type KdfCost = Pick<KdfParameters, 'memoryKiB' | 'iterations' | 'parallelism'>;

/**
 * Argon2id with 64 MiB, 3 passes, 1 lane: RFC 9106's second recommended option in memory and
 * passes (one lane, as JavaScript runs one thread). Measured on the project's 2-core machines in
 * headless Chromium: about 0.8 s per derivation (docs/decisions/0010).
 */
export const defaultKdfCost: KdfCost = { memoryKiB: 65_536, iterations: 3, parallelism: 1 };

/** Fresh parameters (a new 16-byte salt) at `cost`. */
export function newKdfParameters(cost: KdfCost = defaultKdfCost): KdfParameters {
  return { algorithm: 'argon2id', ...cost, salt: bytesToBase64Url(randomBytes(16)) };
}

/** What a password yields: a verifier to store and a key that wraps the account's secrets. */
export type PasswordKeys = { verifier: string; wrappingKey: CryptoKey };

/**
 * Derives 64 bytes from the password with Argon2id: the SHA-256 of the first 32 is the stored
 * verifier, the last 32 are the AES-256-GCM key that wraps the device data key and the signing
 * key. Yields to the event loop while it works, so the UI can show progress.
 */
export async function derivePasswordKeys(
  password: string,
  parameters: KdfParameters,
  onProgress?: (fraction: number) => void,
): Promise<PasswordKeys> {
  const output = await argon2idAsync(password.normalize('NFC'), base64UrlToBytes(parameters.salt), {
    m: parameters.memoryKiB,
    t: parameters.iterations,
    p: parameters.parallelism,
    dkLen: 64,
    asyncTick: 20,
    ...(onProgress ? { onProgress } : {}),
  });
  try {
    return {
      verifier: await sha256Base64Url(output.subarray(0, 32)),
      wrappingKey: await importAesKey(output.subarray(32, 64)),
    };
  } finally {
    output.fill(0);
  }
}
