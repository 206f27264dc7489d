import { z } from 'zod';
import { retryNotBefore } from '../../../../shared/identity';
import { base64UrlToBytes, bytesToBase64Url } from '../../../../shared/encoding';
import type { Id, User } from '../../../../shared/schemas';
import { createLogger } from '../../platform/logger';
import type { MedinfoDatabase } from '../db';
import { exportDeviceKey, requireKeyring, unlockKeyring } from '../crypto/keyring';
import { isSameSecret, randomBytes, toBuffer } from '../crypto/web-crypto';
import { checkPasswordAttempt } from './credentials';
import { NoCredentialsError, SignInDelayedError, WrongPasswordError } from './errors';
import { requireActiveUser } from './sign-in';

const log = createLogger('identity');

/**
 * Protects and unprotects a secret with the operating system's key store (Electron safeStorage
 * through IPC: src/renderer/src/platform). Refuses when the OS offers no real protection.
 */
export type SecretProtector = {
  protect: (secret: string) => Promise<string>;
  unprotect: (protectedSecret: string) => Promise<string>;
};

/**
 * What the OS key store holds for fast unlock: the device data key and a keyed check of the
 * password. The check is a plain HMAC — fast, unlike Argon2id — which is safe only because it
 * never leaves the OS-protected secret (decision 0013).
 */
const fastSecretSchema = z.strictObject({
  v: z.literal(1),
  userId: z.string(),
  deviceKey: z.string(),
  salt: z.string(),
  check: z.string(),
});

async function passwordCheck(salt: Uint8Array, password: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    toBuffer(salt),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign(
    'HMAC',
    key,
    new TextEncoder().encode(password.normalize('NFC')),
  );
  return bytesToBase64Url(new Uint8Array(mac));
}

/**
 * Turns on fast unlock for the signed-in account on this computer: after the password is
 * checked, the device data key and a password check are protected by the OS key store.
 * Throws WrongPasswordError, SignInDelayedError, StoreLockedError, and the protector's error
 * when the OS refuses (no key store, or a plaintext one).
 */
export async function enableFastUnlock(
  db: MedinfoDatabase,
  request: { userId: Id; password: string; now: Date },
  protector: SecretProtector,
): Promise<void> {
  await checkPasswordAttempt(db, request.userId, request.password, request.now);
  const deviceKey = await exportDeviceKey(requireKeyring(db));
  const salt = randomBytes(16);
  const secret = JSON.stringify({
    v: 1,
    userId: request.userId,
    deviceKey: bytesToBase64Url(deviceKey),
    salt: bytesToBase64Url(salt),
    check: await passwordCheck(salt, request.password),
  });
  deviceKey.fill(0);
  const protectedSecret = await protector.protect(secret);
  await db.credentials.update(request.userId, {
    fastUnlock: { protectedSecret, enabledAt: request.now.toISOString() },
  });
}

/** Turns fast unlock off for an account: the OS-protected copy is forgotten. */
export async function disableFastUnlock(db: MedinfoDatabase, userId: Id): Promise<void> {
  await db.credentials.update(userId, { fastUnlock: null });
}

/**
 * Signs in with the password checked against the OS-protected check instead of Argon2id: well
 * under a second on a slow laptop. Same back-off as a normal sign-in. Throws NoCredentialsError
 * when fast unlock is off, SignInDelayedError, WrongPasswordError, AccountDisabledError.
 */
export async function signInFast(
  db: MedinfoDatabase,
  request: { userId: Id; password: string; now: Date },
  protector: SecretProtector,
): Promise<User> {
  const user = await requireActiveUser(db, request.userId);
  const credentials = await db.credentials.get(request.userId);
  if (!credentials?.fastUnlock) throw new NoCredentialsError(request.userId);
  if (
    credentials.retryNotBefore &&
    Date.parse(credentials.retryNotBefore) > request.now.getTime()
  ) {
    throw new SignInDelayedError(new Date(credentials.retryNotBefore));
  }
  const secret = fastSecretSchema.parse(
    JSON.parse(await protector.unprotect(credentials.fastUnlock.protectedSecret)),
  );
  const check = await passwordCheck(base64UrlToBytes(secret.salt), request.password);
  if (secret.userId !== user.id || !isSameSecret(check, secret.check)) {
    const failedAttempts = credentials.failedAttempts + 1;
    const retry = retryNotBefore(request.now, failedAttempts);
    await db.credentials.update(user.id, {
      failedAttempts,
      retryNotBefore: retry?.toISOString() ?? null,
    });
    log.warn(`Wrong password for account ${user.id} (attempt ${failedAttempts} in a row)`);
    throw new WrongPasswordError(retry);
  }
  await db.credentials.update(user.id, { failedAttempts: 0, retryNotBefore: null });
  await unlockKeyring(db, base64UrlToBytes(secret.deviceKey));
  return user;
}

/** Whether an account turned fast unlock on for this computer. */
export async function isFastUnlockEnabled(db: MedinfoDatabase, userId: Id): Promise<boolean> {
  return Boolean((await db.credentials.get(userId))?.fastUnlock);
}
