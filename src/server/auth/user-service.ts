import { randomUUID } from 'node:crypto';
import type { Database } from '../database/database';
import type { UserPermission, UserRole } from '../../shared/sync';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../shared/sync';
import type { PasswordHashingParameters } from '../config';
import { hashPassword } from '../crypto/passwords';
import type { UserRow } from '../repositories/users-repository';
import {
  findUserByUsername,
  insertUser,
  updatePasswordHash,
} from '../repositories/users-repository';

/**
 * Account administration used by the admin CLI and the tests: the password rules live here once.
 */

/** A password that breaks the length rule. */
export class PasswordRuleError extends Error {
  constructor() {
    super(`A password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
    this.name = 'PasswordRuleError';
  }
}

function checkPasswordRule(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new PasswordRuleError();
  }
}

/**
 * Creates a user with a hashed password.
 * @throws PasswordRuleError for a too short or too long password; Error 'username-taken'
 */
export async function createUser(
  database: Database,
  user: {
    username: string;
    displayName: string | null;
    role: UserRole;
    permissions: readonly UserPermission[];
    password: string;
  },
  hashing: PasswordHashingParameters,
): Promise<UserRow> {
  checkPasswordRule(user.password);
  return insertUser(database, {
    id: randomUUID(),
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    permissions: user.permissions,
    passwordHash: await hashPassword(user.password, hashing),
  });
}

/**
 * Sets a new password for a user.
 * @returns the user, or null when no user has that name
 * @throws PasswordRuleError for a too short or too long password
 */
export async function resetPassword(
  database: Database,
  username: string,
  password: string,
  hashing: PasswordHashingParameters,
): Promise<UserRow | null> {
  checkPasswordRule(password);
  const user = await findUserByUsername(database, username);
  if (user === null) return null;
  await updatePasswordHash(database, user.id, await hashPassword(password, hashing));
  return user;
}
