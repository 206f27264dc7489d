import { toDeviceTimestamp } from '../../../../shared/domain';
import { systemUserId } from '../../../../shared/schemas';
import type { MedinfoDatabase } from '../db';
import { FirstAccountExistsError } from '../accounts/errors';
import { buildCredentials } from '../accounts/credentials';
import { lockKeyring, unlockKeyring } from '../crypto/keyring';
import { derivePasswordKeys, newKdfParameters } from '../crypto/password-kdf';
import type { KdfCost } from '../crypto/password-kdf';
import { generateSigningKey } from '../crypto/signing-keys';
import { randomBytes } from '../crypto/web-crypto';
import { readMeta, writeMeta } from '../meta';
import { protectLegacyPersonalData } from '../protect-legacy';
import { saveUser } from '../users-repository';
import type { Actor } from '../write-synced';
import { demoPassword, demoUsers } from './company';
import { seedDemoData } from './seed';

/**
 * "Explore the demo" on the first run: makes the device data key, seeds the demo company (when
 * the store does not hold it yet, e.g. a store from before encryption already does), and gives
 * each demo person an account with the documented demo password. All demo accounts share one
 * password derivation (one salt), so this takes one Argon2id run, not five: acceptable for
 * fictional accounts whose password is printed on the screen. Leaves the store locked, ready
 * for the sign-in screen. Throws FirstAccountExistsError when the device has accounts.
 */
export async function provisionDemo(
  db: MedinfoDatabase,
  options: { now?: Date; kdfCost?: KdfCost } = {},
): Promise<void> {
  if ((await db.credentials.count()) > 0) throw new FirstAccountExistsError();
  const now = options.now ?? new Date();
  const actor: Actor = { userId: systemUserId, at: toDeviceTimestamp(now) };
  const deviceKey = randomBytes(32);
  const kdf = newKdfParameters(options.kdfCost);
  const derived = { kdf, keys: await derivePasswordKeys(demoPassword, kdf) };
  try {
    await unlockKeyring(db, deviceKey.slice());
    await seedDemoData(db, now);
    for (const person of demoUsers.filter((user) => user.id !== systemUserId)) {
      const signingKey = await generateSigningKey();
      const credentials = await buildCredentials({
        userId: person.id,
        username: person.username,
        password: demoPassword,
        deviceKey,
        signingKey,
        derived,
      });
      signingKey.privatePkcs8.fill(0);
      const stored = (await db.users.get(person.id)) ?? {
        ...person,
        createdAt: actor.at,
        updatedAt: actor.at,
      };
      const publicKey = {
        keyId: signingKey.keyId,
        publicKeyJwk: signingKey.publicKeyJwk,
        createdAt: actor.at,
      };
      await db.transaction(
        'rw',
        [db.users, db.signatures, db.credentials, db.audit, db.meta],
        async () => {
          await saveUser(
            db,
            {
              ...stored,
              username: person.username,
              signingKeys: [publicKey],
              passwordChangedAt: actor.at,
            },
            actor,
          );
          await db.credentials.put(credentials);
        },
      );
    }
    if (!(await readMeta(db, 'deviceKeyCreatedAt')))
      await writeMeta(db, 'deviceKeyCreatedAt', actor.at);
    await writeMeta(db, 'demoAccountsAt', actor.at);
    await protectLegacyPersonalData(db);
  } finally {
    deviceKey.fill(0);
    lockKeyring(db);
  }
}

/** Whether the sign-in screen may show the demo password: the demo accounts have it. */
export async function hasDemoAccounts(db: MedinfoDatabase): Promise<boolean> {
  return (await readMeta(db, 'demoAccountsAt')) !== undefined;
}
