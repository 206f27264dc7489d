import { userSchema } from '../../../shared/schemas';
import type { Id, User } from '../../../shared/schemas';
import { findLockViolations } from '../../../shared/signatures';
import type { Signature } from '../../../shared/signatures';
import type { MedinfoDatabase } from './db';
import { SignedContentLockedError } from './errors';
import { auditLocalChange } from './local-audit';
import type { Actor } from './write-synced';
import { UsernameTakenError } from './accounts/errors';

/** The fields of an account whose changes are signed by an administrator (authority checks). */
export const authorityFields = ['role', 'isActive', 'managesDeviceAccounts'] as const;

/**
 * Creates or updates a local account and audits it in one transaction (Part 11: who may sign
 * and act is itself a controlled record). `createdAt` of a stored account is kept, `updatedAt`
 * comes from the actor. Joins the caller's transaction when there is one (it must include
 * users, signatures, audit and meta). Throws a ZodError naming the invalid field,
 * UsernameTakenError when another account has the user ID, SignedContentLockedError when a
 * signed field would change without one of `newSignatures` covering it, and StoreNotOpenError
 * without a device identity.
 */
export async function saveUser(
  db: MedinfoDatabase,
  user: User,
  actor: Actor,
  newSignatures: readonly Signature[] = [],
): Promise<User> {
  const candidate = userSchema.parse(user);
  return db.transaction('rw', [db.users, db.signatures, db.audit, db.meta], async () => {
    const before = (await db.users.get(candidate.id)) ?? null;
    const holder = await db.users.where('username').equals(candidate.username).first();
    if (holder && holder.id !== candidate.id) throw new UsernameTakenError(candidate.username);
    const after: User = {
      ...candidate,
      createdAt: before?.createdAt ?? actor.at,
      updatedAt: actor.at,
    };
    const stored = await db.signatures.where('binding.recordId').equals(after.id).toArray();
    const signatures = [...stored, ...newSignatures].filter(
      (signature) => signature.binding.table === 'users' && signature.binding.recordId === after.id,
    );
    const violations = findLockViolations(after, signatures);
    if (violations.length > 0) {
      throw new SignedContentLockedError(
        'users',
        after.id,
        violations.flatMap((v) => v.fields),
      );
    }
    const isChanged = await auditLocalChange(db, {
      table: 'users',
      recordId: after.id,
      before,
      after,
      actor,
    });
    if (isChanged) await db.users.put(after);
    return isChanged || before === null ? after : before;
  });
}

/** A user by id; undefined when unknown. */
export async function getUser(db: MedinfoDatabase, id: Id): Promise<User | undefined> {
  return db.users.get(id);
}

/** A user by user ID (case does not matter); undefined when unknown. */
export async function findUserByUsername(
  db: MedinfoDatabase,
  username: string,
): Promise<User | undefined> {
  return db.users.where('username').equals(username.trim().toLowerCase()).first();
}

/** All local accounts, by display name. */
export async function listUsers(db: MedinfoDatabase): Promise<User[]> {
  const users = await db.users.toArray();
  return users.sort((left, right) => left.displayName.localeCompare(right.displayName));
}

/** The accounts that can sign in here (they have a password on this device), by name. */
export async function listSignInAccounts(db: MedinfoDatabase): Promise<User[]> {
  const ids = new Set(await db.credentials.toCollection().primaryKeys());
  const users = await listUsers(db);
  return users.filter((user) => ids.has(user.id));
}
