import { createId, toDeviceTimestamp } from '../../../../shared/domain';
import { permissionsOfUser, usernameSchema } from '../../../../shared/schemas';
import type { Credentials, Id, Role, User } from '../../../../shared/schemas';
import type { Signature } from '../../../../shared/signatures';
import type { MedinfoDatabase } from '../db';
import { exportDeviceKey, requireKeyring, unlockKeyring } from '../crypto/keyring';
import type { KdfCost } from '../crypto/password-kdf';
import { generateSigningKey } from '../crypto/signing-keys';
import { randomBytes } from '../crypto/web-crypto';
import { writeMeta } from '../meta';
import { findUserByUsername, getUser, saveUser } from '../users-repository';
import { writeSyncedGroup } from '../write-group';
import type { Actor } from '../write-synced';
import { FirstAccountExistsError, PermissionDeniedError, UsernameTakenError } from './errors';
import { buildCredentials } from './credentials';

/** What a person enters to create an account. */
export type NewAccount = {
  /** Chosen ahead when the creation is e-signed (the signature names the account). */
  id?: Id;
  username: string;
  displayName: string;
  jobTitle: string;
  email: string | null;
  role: Role;
  password: string;
  managesDeviceAccounts?: boolean;
};

export type AccountOptions = { kdfCost?: KdfCost | undefined; now?: Date | undefined };

async function newAccountRecords(
  input: NewAccount,
  deviceKey: Uint8Array,
  at: string,
  options: AccountOptions,
): Promise<{ user: User; credentials: Credentials }> {
  const id = input.id ?? createId();
  const username = usernameSchema.parse(input.username);
  const signingKey = await generateSigningKey();
  try {
    const credentials = await buildCredentials({
      userId: id,
      username,
      password: input.password,
      deviceKey,
      signingKey,
      kdfCost: options.kdfCost,
    });
    const user: User = {
      id,
      username,
      displayName: input.displayName,
      jobTitle: input.jobTitle,
      email: input.email,
      role: input.role,
      serverUserId: null,
      isActive: true,
      managesDeviceAccounts: input.managesDeviceAccounts ?? false,
      signingKeys: [
        { keyId: signingKey.keyId, publicKeyJwk: signingKey.publicKeyJwk, createdAt: at },
      ],
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    };
    return { user, credentials };
  } finally {
    signingKey.privatePkcs8.fill(0);
  }
}

/**
 * The first run: creates the device's first account and its device data key, and signs the
 * person in (the store is unlocked when this returns). The first account always manages the
 * device's accounts, whatever its role (decision 0010). Throws FirstAccountExistsError when the
 * device has accounts already, PasswordRejectedError, UsernameTakenError, a ZodError for an
 * invalid field.
 */
export async function createFirstAccount(
  db: MedinfoDatabase,
  input: NewAccount,
  options: AccountOptions = {},
): Promise<User> {
  if ((await db.credentials.count()) > 0) throw new FirstAccountExistsError();
  const at = toDeviceTimestamp(options.now ?? new Date());
  const deviceKey = randomBytes(32);
  const { user, credentials } = await newAccountRecords(
    { ...input, managesDeviceAccounts: true },
    deviceKey,
    at,
    options,
  );
  // The person creates their own account: the audit trail names them as its author.
  const actor: Actor = { userId: user.id, at };
  await db.transaction(
    'rw',
    [db.users, db.signatures, db.credentials, db.audit, db.meta],
    async () => {
      if ((await db.credentials.count()) > 0) throw new FirstAccountExistsError();
      await saveUser(db, user, actor);
      await db.credentials.add(credentials);
      await writeMeta(db, 'deviceKeyCreatedAt', at);
    },
  );
  await unlockKeyring(db, deviceKey);
  return user;
}

/** Throws PermissionDeniedError unless the actor may manage the device's accounts. */
export async function requireAccountManager(db: MedinfoDatabase, actor: Actor): Promise<User> {
  const manager = await getUser(db, actor.userId);
  if (!manager?.isActive || !permissionsOfUser(manager).canManageUsers) {
    throw new PermissionDeniedError('manage accounts');
  }
  return manager;
}

/**
 * An administrator creates an account on this device (the store must be unlocked: the new
 * account gets its own wrapped copy of the device data key). With `signature`, the grant of the
 * role is e-signed and saved in the same transaction. Throws PermissionDeniedError,
 * UsernameTakenError, PasswordRejectedError, SignedContentLockedError, StoreLockedError.
 */
export async function createAccount(
  db: MedinfoDatabase,
  input: NewAccount,
  actor: Actor,
  options: AccountOptions & { signature?: Signature | undefined } = {},
): Promise<User> {
  await requireAccountManager(db, actor);
  if (await findUserByUsername(db, input.username)) throw new UsernameTakenError(input.username);
  const deviceKey = await exportDeviceKey(requireKeyring(db));
  const { user, credentials } = await newAccountRecords(
    input,
    deviceKey,
    actor.at,
    options,
  ).finally(() => deviceKey.fill(0));
  const signatures = options.signature ? [options.signature] : [];
  await writeSyncedGroup(db, actor, [db.users, db.credentials, db.signatures], () =>
    Promise.resolve({
      writes: [{ table: 'signatures', records: signatures, operation: 'put' }],
      alsoInTransaction: async () => {
        await saveUser(db, user, actor, signatures);
        await db.credentials.add(credentials);
      },
    }),
  );
  return user;
}

/** Whether any account can sign in on this device (false on the first run). */
export async function hasAccounts(db: MedinfoDatabase): Promise<boolean> {
  return (await db.credentials.count()) > 0;
}
