import type { Transaction } from 'dexie';
import { usernameSchema } from '../../../shared/schemas';

type UserRowVersion1 = {
  id: string;
  displayName: string;
  email: string | null;
  username?: string;
};

/** A user ID from the e-mail's local part or the name: "maja.lindqvist", "tobias.berger". */
function proposeUsername(user: UserRowVersion1): string {
  const source = user.email?.split('@')[0] ?? user.displayName;
  const base = source
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/gu, '.')
    .replace(/^[^a-z0-9]+|[.]+$/gu, '')
    .slice(0, 32);
  return usernameSchema.safeParse(base).success ? base : `user.${user.id.slice(-8)}`;
}

/**
 * Version 1 → 2: accounts gain a user ID (unique, derived from the e-mail or the name), the
 * account-management duty (off), an empty list of signing keys and no password yet. Rows are
 * changed in place: nothing is removed, and the creation time stays.
 */
export async function upgradeUsersToVersion2(transaction: Transaction): Promise<void> {
  const taken = new Set<string>();
  await transaction
    .table('users')
    .toCollection()
    .modify((user: UserRowVersion1 & Record<string, unknown>) => {
      let username = user.username ?? proposeUsername(user);
      for (let suffix = 2; taken.has(username); suffix += 1) {
        username = `${proposeUsername(user).slice(0, 36)}-${suffix}`;
      }
      taken.add(username);
      user.username = username;
      user.managesDeviceAccounts ??= false;
      user.signingKeys ??= [];
      user.passwordChangedAt ??= null;
    });
}
