import { checkPassword, retryNotBefore } from '../../../../shared/identity';
import { credentialsSchema } from '../../../../shared/schemas';
import type { Credentials, Id, KdfParameters } from '../../../../shared/schemas';
import { deviceKeyAad, signingKeyAad } from '../../../../shared/security/encryption';
import { createLogger } from '../../platform/logger';
import type { MedinfoDatabase } from '../db';
import { derivePasswordKeys, newKdfParameters } from '../crypto/password-kdf';
import type { KdfCost, PasswordKeys } from '../crypto/password-kdf';
import { DecryptionError, decryptBytes, encryptBytes, isSameSecret } from '../crypto/web-crypto';
import {
  KeyUnwrapError,
  NoCredentialsError,
  PasswordRejectedError,
  SignInDelayedError,
  WrongPasswordError,
} from './errors';

const log = createLogger('identity');

/**
 * New credentials for an account: a fresh salt, the verifier, and the device data key and the
 * private signing key wrapped by the password-derived key. Throws PasswordRejectedError when the
 * password does not meet the policy.
 */
export async function buildCredentials(input: {
  userId: Id;
  username: string;
  password: string;
  deviceKey: Uint8Array;
  signingKey: { privatePkcs8: Uint8Array; keyId: string };
  kdfCost?: KdfCost | undefined;
  /** A derivation already made (the demo accounts share one password and one salt). */
  derived?: { kdf: KdfParameters; keys: PasswordKeys } | undefined;
}): Promise<Credentials> {
  const problems = checkPassword(input.password, input.username);
  if (problems.length > 0) throw new PasswordRejectedError(problems);
  const kdf = input.derived?.kdf ?? newKdfParameters(input.kdfCost);
  const keys = input.derived?.keys ?? (await derivePasswordKeys(input.password, kdf));
  return credentialsSchema.parse({
    userId: input.userId,
    kdf,
    verifier: keys.verifier,
    wrappedDeviceKey: await encryptBytes(
      keys.wrappingKey,
      input.deviceKey,
      deviceKeyAad(input.userId),
    ),
    wrappedSigningKey: await encryptBytes(
      keys.wrappingKey,
      input.signingKey.privatePkcs8,
      signingKeyAad(input.userId, input.signingKey.keyId),
    ),
    signingKeyId: input.signingKey.keyId,
    failedAttempts: 0,
    retryNotBefore: null,
    fastUnlock: null,
  });
}

/**
 * Checks a password against an account's verifier, with the back-off: an attempt before
 * `retryNotBefore` is not checked at all. A wrong password raises the count (kept in the store);
 * a right one resets it. Throws NoCredentialsError, SignInDelayedError or WrongPasswordError.
 */
export async function checkPasswordAttempt(
  db: MedinfoDatabase,
  userId: Id,
  password: string,
  now: Date,
): Promise<{ credentials: Credentials; keys: PasswordKeys }> {
  const credentials = await db.credentials.get(userId);
  if (!credentials) throw new NoCredentialsError(userId);
  if (credentials.retryNotBefore && Date.parse(credentials.retryNotBefore) > now.getTime()) {
    throw new SignInDelayedError(new Date(credentials.retryNotBefore));
  }
  const startedAt = Date.now();
  const keys = await derivePasswordKeys(password, credentials.kdf);
  if (!isSameSecret(keys.verifier, credentials.verifier)) {
    const failedAttempts = credentials.failedAttempts + 1;
    // The wait counts from the refusal, not from the start of the (slow) check.
    const refusedAt = new Date(now.getTime() + (Date.now() - startedAt));
    const retry = retryNotBefore(refusedAt, failedAttempts);
    await db.credentials.update(userId, {
      failedAttempts,
      retryNotBefore: retry ? retry.toISOString() : null,
    });
    // Part 11 §11.300(d): attempts at unauthorised use are recorded. No password in the log.
    log.warn(`Wrong password for account ${userId} (attempt ${failedAttempts} in a row)`);
    throw new WrongPasswordError(retry);
  }
  if (credentials.failedAttempts > 0 || credentials.retryNotBefore !== null) {
    await db.credentials.update(userId, { failedAttempts: 0, retryNotBefore: null });
  }
  return { credentials, keys };
}

/** The raw device data key from an account's credentials. Throws KeyUnwrapError when damaged. */
export async function unwrapDeviceKey(
  credentials: Credentials,
  keys: PasswordKeys,
): Promise<Uint8Array> {
  try {
    return await decryptBytes(
      keys.wrappingKey,
      credentials.wrappedDeviceKey,
      deviceKeyAad(credentials.userId),
    );
  } catch (error) {
    if (error instanceof DecryptionError) throw new KeyUnwrapError('device-key');
    throw error;
  }
}

/** The private signing key (PKCS #8) from an account's credentials. Throws KeyUnwrapError. */
export async function unwrapSigningKey(
  credentials: Credentials,
  keys: PasswordKeys,
): Promise<Uint8Array> {
  try {
    const aad = signingKeyAad(credentials.userId, credentials.signingKeyId);
    return await decryptBytes(keys.wrappingKey, credentials.wrappedSigningKey, aad);
  } catch (error) {
    if (error instanceof DecryptionError) throw new KeyUnwrapError('signing-key');
    throw error;
  }
}
