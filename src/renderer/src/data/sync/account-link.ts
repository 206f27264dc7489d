import type { Table } from 'dexie';
import type { Id, Timestamp, User } from '../../../../shared/schemas';
import type { LoginResponse } from '../../../../shared/sync';
import type { MedinfoDatabase } from '../db';
import { saveUser } from '../users-repository';
import type { AccountMismatch } from './session-refusal';
import { AccountMismatchError } from './session-refusal';

/**
 * A laptop's local accounts and the server's accounts are the same people (decision 0078). The
 * person signed in here signs the device in to the server with their own server account: the same
 * user ID (the first time) or the server account they were linked to (after), and the same role.
 * Anything else is refused, never merged; a match is recorded on the local account
 * (`serverUserId`), audited, and never moves to another server account.
 */

/** The server account a login answered. */
export type ServerAccount = LoginResponse['user'];

/**
 * The signed-in person's local account.
 * @throws AccountMismatchError 'no-local-account' when it is gone or disabled
 */
export async function requireLocalPerson(db: MedinfoDatabase, localUserId: Id): Promise<User> {
  const user = await db.users.get(localUserId);
  if (user === undefined || !user.isActive) {
    throw new AccountMismatchError({ kind: 'no-local-account' });
  }
  return user;
}

/**
 * What can be refused before asking the server: an account not linked yet must sign in with its
 * own user ID (server user names are case-insensitive, local ones lower case).
 * @throws never
 */
export function mismatchBeforeLogin(local: User, typedUsername: string): AccountMismatch | null {
  if (local.serverUserId !== null) return null;
  const typed = typedUsername.trim().toLowerCase();
  return typed === local.username
    ? null
    : { kind: 'username', localUsername: local.username, serverUsername: typed };
}

/**
 * The rule, once the server named its account. `holder` is the local account already linked to
 * that server account, if any.
 * @throws never
 */
export function findAccountMismatch(
  local: User,
  server: ServerAccount,
  holder: User | undefined,
): AccountMismatch | null {
  const serverUsername = server.username.toLowerCase();
  const isSamePerson =
    local.serverUserId === null
      ? serverUsername === local.username
      : local.serverUserId === server.id;
  if (!isSamePerson) {
    // Linked before, and now a server account of the same name but another id (a new server, a
    // recreated account): still refused, and said so, since the name alone would look right.
    return local.serverUserId !== null && serverUsername === local.username
      ? { kind: 'linked-elsewhere', localUsername: local.username }
      : { kind: 'username', localUsername: local.username, serverUsername };
  }
  if (holder !== undefined && holder.id !== local.id) {
    return { kind: 'server-account-taken', serverUsername, otherUsername: holder.username };
  }
  if (server.role !== local.role) {
    return { kind: 'role', localRole: local.role, serverRole: server.role };
  }
  return null;
}

/**
 * Checks the rule against the stored accounts (read now, so a change made meanwhile counts).
 * @throws AccountMismatchError when the server account is not the local person's
 */
export async function assertSamePerson(
  db: MedinfoDatabase,
  localUserId: Id,
  server: ServerAccount,
): Promise<User> {
  const local = await requireLocalPerson(db, localUserId);
  const holder = await db.users.where('serverUserId').equals(server.id).first();
  const mismatch = findAccountMismatch(local, server, holder);
  if (mismatch !== null) throw new AccountMismatchError(mismatch);
  return local;
}

/** The tables `linkLocalAccount` writes: the caller's transaction must include them. */
export function accountLinkTables(db: MedinfoDatabase): Table[] {
  return [db.users, db.signatures, db.audit, db.meta];
}

/**
 * Records the link on the local account through the accounts' audited write path; the person
 * links their own account, so the audit trail names them. Checks the rule again first, inside
 * the caller's transaction over accountLinkTables(db), so nothing is written on a mismatch.
 * @throws AccountMismatchError; saveUser's errors
 */
export async function linkLocalAccount(
  db: MedinfoDatabase,
  localUserId: Id,
  server: ServerAccount,
  at: Timestamp,
): Promise<void> {
  const local = await assertSamePerson(db, localUserId, server);
  if (local.serverUserId === server.id) return;
  await saveUser(db, { ...local, serverUserId: server.id }, { userId: local.id, at });
}
