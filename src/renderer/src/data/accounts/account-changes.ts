import { permissionsOfUser } from '../../../../shared/schemas';
import type { Credentials, Id, User } from '../../../../shared/schemas';
import type { Signature } from '../../../../shared/signatures';
import type { MedinfoDatabase } from '../db';
import { exportDeviceKey, requireKeyring } from '../crypto/keyring';
import type { KdfCost } from '../crypto/password-kdf';
import { generateSigningKey } from '../crypto/signing-keys';
import { RecordNotFoundError } from '../errors';
import { listUsers, saveUser } from '../users-repository';
import { writeSyncedGroup } from '../write-group';
import type { Actor } from '../write-synced';
import { requireAccountManager } from './account-setup';
import {
  buildCredentials,
  checkPasswordAttempt,
  unwrapDeviceKey,
  unwrapSigningKey,
} from './credentials';
import { PermissionDeniedError } from './errors';

async function requireUser(db: MedinfoDatabase, userId: Id): Promise<User> {
  const user = await db.users.get(userId);
  if (!user) throw new RecordNotFoundError('users', userId);
  return user;
}

async function storeCredentials(
  db: MedinfoDatabase,
  user: User,
  credentials: Credentials,
  actor: Actor,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.users, db.signatures, db.credentials, db.audit, db.meta],
    async () => {
      await saveUser(db, user, actor);
      await db.credentials.put(credentials);
    },
  );
}

/**
 * A person changes their own password: the current one is checked (with the back-off), the
 * device data key and the signing key are re-wrapped under the new one, fast unlock is switched
 * off (it was bound to the old password), and the change is audited (without any secret).
 * Throws WrongPasswordError, SignInDelayedError, PasswordRejectedError, KeyUnwrapError.
 */
export async function changePassword(
  db: MedinfoDatabase,
  request: { userId: Id; currentPassword: string; newPassword: string; kdfCost?: KdfCost },
  actor: Actor,
): Promise<void> {
  if (actor.userId !== request.userId)
    throw new PermissionDeniedError('change another person’s password');
  const user = await requireUser(db, request.userId);
  const { credentials, keys } = await checkPasswordAttempt(
    db,
    user.id,
    request.currentPassword,
    new Date(actor.at),
  );
  const deviceKey = await unwrapDeviceKey(credentials, keys);
  const privatePkcs8 = await unwrapSigningKey(credentials, keys);
  try {
    const next = await buildCredentials({
      userId: user.id,
      username: user.username,
      password: request.newPassword,
      deviceKey,
      signingKey: { privatePkcs8, keyId: credentials.signingKeyId },
      kdfCost: request.kdfCost,
    });
    await storeCredentials(db, { ...user, passwordChangedAt: actor.at }, next, actor);
  } finally {
    deviceKey.fill(0);
    privatePkcs8.fill(0);
  }
}

/**
 * An administrator sets a new password for someone who forgot theirs. The old signing key
 * cannot be recovered without the old password, so the account gets a new one; the old public
 * key stays listed, so earlier signatures still verify. Throws PermissionDeniedError,
 * PasswordRejectedError, StoreLockedError.
 */
export async function resetPassword(
  db: MedinfoDatabase,
  request: { userId: Id; newPassword: string; kdfCost?: KdfCost },
  actor: Actor,
): Promise<void> {
  await requireAccountManager(db, actor);
  const user = await requireUser(db, request.userId);
  const deviceKey = await exportDeviceKey(requireKeyring(db));
  const signingKey = await generateSigningKey();
  try {
    const next = await buildCredentials({
      userId: user.id,
      username: user.username,
      password: request.newPassword,
      deviceKey,
      signingKey,
      kdfCost: request.kdfCost,
    });
    const publicKey = {
      keyId: signingKey.keyId,
      publicKeyJwk: signingKey.publicKeyJwk,
      createdAt: actor.at,
    };
    await storeCredentials(
      db,
      { ...user, signingKeys: [...user.signingKeys, publicKey], passwordChangedAt: actor.at },
      next,
      actor,
    );
  } finally {
    deviceKey.fill(0);
    signingKey.privatePkcs8.fill(0);
  }
}

/** What an administrator may change about who may do what. */
export type AuthorityChange = Partial<Pick<User, 'role' | 'isActive' | 'managesDeviceAccounts'>>;

/** Refuses a change that would leave no active account able to manage accounts. */
async function keepOneManager(db: MedinfoDatabase, after: User): Promise<void> {
  const managers = (await listUsers(db))
    .map((user) => (user.id === after.id ? after : user))
    .filter((user) => user.isActive && permissionsOfUser(user).canManageUsers);
  if (managers.length === 0) throw new PermissionDeniedError('remove the last account manager');
}

/**
 * An administrator changes an account's role, enables or disables it, or gives or takes the
 * duty of managing accounts. The change is e-signed (`signature` covers the account's authority
 * fields as they will be) and saved with it in one transaction. Throws PermissionDeniedError
 * (also when no active account manager would remain), SignedContentLockedError when the
 * signature does not cover the new values.
 */
export async function changeAuthority(
  db: MedinfoDatabase,
  userId: Id,
  change: AuthorityChange,
  actor: Actor,
  signature: Signature,
): Promise<User> {
  await requireAccountManager(db, actor);
  const after: User = { ...(await requireUser(db, userId)), ...change };
  await keepOneManager(db, after);
  await writeSyncedGroup(db, actor, [db.users, db.signatures], () =>
    Promise.resolve({
      writes: [{ table: 'signatures', records: [signature], operation: 'put' }],
      alsoInTransaction: async () => {
        await saveUser(db, after, actor, [signature]);
      },
    }),
  );
  return after;
}
