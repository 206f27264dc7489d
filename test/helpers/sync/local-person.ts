import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { saveUser } from '../../../src/renderer/src/data';
import { createId, toDeviceTimestamp } from '../../../src/shared/domain';
import type { Role, User } from '../../../src/shared/schemas';

/**
 * A person's account on a laptop, as the first run or an account manager creates it (without a
 * password: tests of sync sign the person in by unlocking the store directly). The server
 * sign-in of that laptop must then be theirs: the same user ID and role (decision 0078).
 */
export async function addLocalPerson(
  db: MedinfoDatabase,
  person: { username: string; role: Role },
): Promise<User> {
  const id = createId();
  const at = toDeviceTimestamp(new Date());
  return saveUser(
    db,
    {
      id,
      username: person.username.toLowerCase(),
      displayName: person.username,
      jobTitle: '',
      email: null,
      role: person.role,
      serverUserId: null,
      isActive: true,
      managesDeviceAccounts: false,
      signingKeys: [],
      passwordChangedAt: null,
      createdAt: at,
      updatedAt: at,
    },
    { userId: id, at },
  );
}
