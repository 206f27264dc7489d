import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordHashingParameters } from '../config';

/**
 * Password hashes with scrypt (memory-hard), a 16-byte salt per user, and the parameters stored
 * with the hash so they can be raised later without invalidating old hashes:
 * `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`.
 */

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(
  password: string,
  salt: Buffer,
  parameters: PasswordHashingParameters,
): Promise<Buffer> {
  const { cost: N, blockSize: r, parallelization: p } = parameters;
  // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly the default cost's need.
  const maxmem = 256 * N * r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem }, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

/**
 * Hashes a password with a fresh salt.
 * @throws when the parameters are invalid (N not a power of two, too much memory)
 */
export async function hashPassword(
  password: string,
  parameters: PasswordHashingParameters,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, parameters);
  const { cost, blockSize, parallelization } = parameters;
  return [
    'scrypt',
    cost,
    blockSize,
    parallelization,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

function parseHash(
  stored: string,
): { parameters: PasswordHashingParameters; salt: Buffer; key: Buffer } | null {
  const [scheme, cost, blockSize, parallelization, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return null;
  const parameters = {
    cost: Number(cost),
    blockSize: Number(blockSize),
    parallelization: Number(parallelization),
  };
  if (!Object.values(parameters).every((value) => Number.isSafeInteger(value) && value > 0))
    return null;
  return { parameters, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/**
 * Checks a password against a stored hash in constant time.
 * @returns false for a wrong password or an unreadable hash
 * @throws never for wrong input; only on scrypt resource errors
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null) return false;
  const key = await derive(password, parsed.salt, parsed.parameters);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/**
 * Spends the same time as a real check, for logins with an unknown user name: the answer time
 * must not reveal which names exist.
 * @throws only on scrypt resource errors
 */
export async function spendPasswordCheckTime(parameters: PasswordHashingParameters): Promise<void> {
  await derive('not a password', randomBytes(SALT_LENGTH), parameters);
}
