import type { Id, User } from '../../../../shared/schemas';
import type { MedinfoDatabase } from '../db';
import { unlockKeyring } from '../crypto/keyring';
import { getUser } from '../users-repository';
import { AccountDisabledError, NoCredentialsError } from './errors';
import { checkPasswordAttempt, unwrapDeviceKey } from './credentials';

/** Throws unless the account exists and is active. */
export async function requireActiveUser(db: MedinfoDatabase, userId: Id): Promise<User> {
  const user = await getUser(db, userId);
  if (!user) throw new NoCredentialsError(userId);
  if (!user.isActive) throw new AccountDisabledError(userId);
  return user;
}

/**
 * Signs a person in with their password: checks it (with the back-off), unwraps the device data
 * key with it and unlocks the store. Returns the account. Throws AccountDisabledError,
 * NoCredentialsError, SignInDelayedError, WrongPasswordError, KeyUnwrapError.
 */
export async function signIn(
  db: MedinfoDatabase,
  request: { userId: Id; password: string; now?: Date },
): Promise<User> {
  const user = await requireActiveUser(db, request.userId);
  const { credentials, keys } = await checkPasswordAttempt(
    db,
    request.userId,
    request.password,
    request.now ?? new Date(),
  );
  await unlockKeyring(db, await unwrapDeviceKey(credentials, keys));
  return user;
}
