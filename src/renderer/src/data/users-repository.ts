import { userSchema } from '../../../shared/schemas';
import type { Id, User } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { auditLocalChange } from './local-audit';
import type { Actor } from './write-synced';

/**
 * Creates or updates a local account and audits it in one transaction (Part 11: who may sign
 * and act is itself a controlled record). `createdAt` of a stored account is kept, `updatedAt`
 * comes from the actor. Throws a ZodError naming the invalid field and StoreNotOpenError
 * without a device identity.
 */
export async function saveUser(db: MedinfoDatabase, user: User, actor: Actor): Promise<User> {
  const candidate = userSchema.parse(user);
  return db.transaction('rw', [db.users, db.audit, db.meta], async () => {
    const before = (await db.users.get(candidate.id)) ?? null;
    const after: User = {
      ...candidate,
      createdAt: before?.createdAt ?? actor.at,
      updatedAt: actor.at,
    };
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

/** All local accounts, by display name. */
export async function listUsers(db: MedinfoDatabase): Promise<User[]> {
  const users = await db.users.toArray();
  return users.sort((left, right) => left.displayName.localeCompare(right.displayName));
}
