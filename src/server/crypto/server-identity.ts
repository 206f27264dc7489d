import type { Database } from '../database/database';
import type { SealingKey } from '../../shared/sync';
import { SEALING_ALGORITHM, sealingKeySchema } from '../../shared/sync';
import { ADVISORY_LOCKS, lockForTransaction } from '../repositories/locks';
import {
  findActiveServerKey,
  insertServerKey,
  listServerKeys,
} from '../repositories/server-keys-repository';
import { readServerId } from '../repositories/settings-repository';
import type { SealingKeyring } from './sealing';
import { generateSealingKey, importSealingKeys } from './sealing';

/** Who this server is: its database id, the key clients seal for, and every key it can open. */
export type ServerIdentity = {
  serverId: string;
  sealingKey: SealingKey;
  keyring: SealingKeyring;
};

/**
 * Loads the server's identity, creating the sealing key pair at the very first start. The
 * creation runs under the setup lock, so two instances starting together make one key, stored in
 * the database for every instance to share.
 * @throws when the database is not migrated, or a stored key is unreadable
 */
export async function loadServerIdentity(database: Database): Promise<ServerIdentity> {
  const active = await database.transaction(async (transaction) => {
    await lockForTransaction(transaction, ADVISORY_LOCKS.setup);
    const existing = await findActiveServerKey(transaction);
    if (existing !== null) return existing;
    const generated = await generateSealingKey();
    await insertServerKey(transaction, { ...generated, algorithm: SEALING_ALGORITHM });
    const created = await findActiveServerKey(transaction);
    if (created === null) throw new Error('The sealing key just stored cannot be read back.');
    return created;
  });
  const keyring = await importSealingKeys(await listServerKeys(database));
  const sealingKey = sealingKeySchema.parse({
    kid: active.kid,
    algorithm: active.algorithm,
    publicKeyJwk: active.publicJwk,
  });
  return { serverId: await readServerId(database), sealingKey, keyring };
}
