import { createHash, randomBytes } from 'node:crypto';

/**
 * A new device token: 32 random bytes, base64url. Only its hash is stored.
 * @throws never
 */
export function generateDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The stored form of a token: SHA-256, hex. A fast hash is right here: the token has 256 bits of
 * entropy, so nothing is gained by slowing down the lookup that runs on every request.
 * @throws never
 */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
