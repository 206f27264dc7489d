import type { Id, SyncSession, Timestamp } from '../../../../shared/schemas';
import type { LoginResponse, ServerInfo } from '../../../../shared/sync';
import { originOfServerUrl } from '../../../../shared/security/csp';
import { requireDeviceIdentity } from '../audit-log';
import type { MedinfoDatabase } from '../db';
import { findKeyring } from '../crypto/keyring';
import { deleteMeta, readMeta, writeMeta } from '../meta';
import { resealOutbox, saveServerSealingKey } from '../server-key';
import type { SyncApi } from './api';
import {
  accountLinkTables,
  assertSamePerson,
  linkLocalAccount,
  mismatchBeforeLogin,
  requireLocalPerson,
} from './account-link';
import { AccountMismatchError, SessionRefusedError } from './session-refusal';
import { serverWriteTables, pulledTableNames } from './store-server-record';

export { AccountMismatchError, SessionRefusedError } from './session-refusal';
export type { AccountMismatch, SessionRefusal } from './session-refusal';

/**
 * Signing this device in to the sync server and out again. The session (device token, server
 * account) lives in meta, so the app keeps working, and syncing, offline with the last one.
 */

/** What a person enters to sign in, and who they are on this laptop. */
export type SignInInput = {
  serverUrl: string;
  username: string;
  password: string;
  deviceName: string;
  /** The person signed in here: the server account must be theirs (decision 0078). */
  localUserId: Id;
};

/**
 * Whether this store holds the fictional demo company. A demo store never talks to a company
 * server: its records are invented and must not reach a real medical information database.
 */
export async function isDemoStore(db: MedinfoDatabase): Promise<boolean> {
  const [seeded, removed] = await Promise.all([
    readMeta(db, 'demoSeededAt'),
    readMeta(db, 'demoRemovedAt'),
  ]);
  return seeded !== undefined && removed === undefined;
}

/** Changes that exist only on this device: outbox rows and changes the server refused. */
export type UnsyncedData = { mutationIds: number[]; issueIds: string[] };

/** The changes a sign-out would lose (see UnsyncedData). */
export async function listUnsyncedData(db: MedinfoDatabase): Promise<UnsyncedData> {
  const mutationIds = (await db.outbox.toCollection().primaryKeys()).map(Number);
  const issues = await db.syncIssues.filter((issue) => issue.kind !== 'unreadable').toArray();
  return { mutationIds, issueIds: issues.map((issue) => issue.id) };
}

/**
 * Signs in: checks the server, logs in with this device's id (so its outbox keeps its mutation
 * ids) and stores the session. The server account must be the signed-in local person's: the same
 * user ID, or the server account their local account is linked to, and the same role; the link
 * is recorded on the local account (audited) in the same transaction as the session. A different
 * person than the last one may sign in only when nothing unsynced of the last one is left (their
 * changes would be sent in the new name); the last person's records are then removed.
 * @throws SessionRefusedError (demo store, bad URL, different user with unsynced data),
 *   AccountMismatchError (another person's or another role's server account; nothing changed);
 *   NetworkError, SyncHttpError (401 invalid-credentials, 429, 426 …), ProtocolError
 */
export async function signIn(
  db: MedinfoDatabase,
  api: SyncApi,
  input: SignInInput,
  now: Timestamp,
): Promise<{ session: SyncSession; info: ServerInfo }> {
  if (await isDemoStore(db)) {
    throw new SessionRefusedError(
      'demo-store',
      'This store holds the fictional demo company. Remove the demo data before connecting to a company server.',
    );
  }
  assertServerUrl(input.serverUrl);
  // Another person's user ID is refused before the password travels to the server.
  const early = mismatchBeforeLogin(
    await requireLocalPerson(db, input.localUserId),
    input.username,
  );
  if (early !== null) throw new AccountMismatchError(early);
  const device = await requireDeviceIdentity(db);
  const previous = await readMeta(db, 'syncSession');
  const info = await api.info();
  const answer = await api.login({
    username: input.username,
    password: input.password,
    deviceName: input.deviceName,
    deviceId: previous?.clientId ?? device.deviceId,
  });
  await refuseIfNotSamePerson(db, api, answer, input.localUserId, previous);
  const isOtherUser = previous !== undefined && previous.user.id !== answer.user.id;
  if (isOtherUser) await refuseIfUnsynced(db, api, answer.token);
  const session: SyncSession = {
    serverUrl: input.serverUrl.trim(),
    clientId: answer.deviceId,
    token: answer.token,
    tokenExpiresAt: answer.expiresAt,
    user: answer.user,
    deviceName: input.deviceName,
    signedInAt: now,
  };
  // From now on every outbox payload is sealed for this server (decision 0014); what waits in
  // the outbox is sealed now if the store is unlocked, else at the next unlock.
  await saveServerSealingKey(db, info.sealingKey);
  if (findKeyring(db) !== null) await resealOutbox(db);
  await db.transaction('rw', [...serverWriteTables(db), ...accountLinkTables(db)], async () => {
    await linkLocalAccount(db, input.localUserId, answer.user, now);
    if (isOtherUser) await clearServerData(db);
    await writeMeta(db, 'syncSession', session);
    await writeMeta(db, 'serverUrl', session.serverUrl);
    await writeMeta(db, 'deviceName', session.deviceName);
    const checkpoint = await readMeta(db, 'syncCheckpoint');
    if (checkpoint?.serverId !== info.serverId) {
      await writeMeta(db, 'syncCheckpoint', { serverId: info.serverId, revision: 0 });
    }
  });
  return { session, info };
}

/**
 * Refuses a server account that is not the local person's. The token just issued is revoked,
 * unless the login renewed this device's own registration: revoking that would give the stored
 * session's outbox a new client id for nothing (its old token is already replaced, so the engine
 * asks for a sign-in again).
 */
async function refuseIfNotSamePerson(
  db: MedinfoDatabase,
  api: SyncApi,
  answer: LoginResponse,
  localUserId: Id,
  previous: SyncSession | undefined,
): Promise<void> {
  try {
    await assertSamePerson(db, localUserId, answer.user);
  } catch (error) {
    const isRenewal = previous?.user.id === answer.user.id && previous.clientId === answer.deviceId;
    if (!isRenewal) await api.logout(answer.token).catch(() => undefined);
    throw error;
  }
}

async function refuseIfUnsynced(db: MedinfoDatabase, api: SyncApi, token: string): Promise<void> {
  const unsynced = await listUnsyncedData(db);
  if (unsynced.mutationIds.length + unsynced.issueIds.length === 0) return;
  await api.logout(token).catch(() => undefined);
  throw new SessionRefusedError(
    'different-user',
    'Changes of the previous user have not reached the server yet: sign in as that user, or export them and sign out first.',
  );
}

/**
 * Signs out: revokes this device's token (when the server answers) and removes the records the
 * server holds from the device, so the next person sees only their own. Refused while changes
 * exist only here, unless every one of them is in `exported` (an encrypted export made before).
 * @throws SessionRefusedError 'unsynced-data'; Dexie's errors
 */
export async function signOut(
  db: MedinfoDatabase,
  api: SyncApi | null,
  exported: UnsyncedData | null,
): Promise<void> {
  const unsynced = await listUnsyncedData(db);
  const isCovered =
    exported !== null &&
    unsynced.mutationIds.every((id) => exported.mutationIds.includes(id)) &&
    unsynced.issueIds.every((id) => exported.issueIds.includes(id));
  if (unsynced.mutationIds.length + unsynced.issueIds.length > 0 && !isCovered) {
    throw new SessionRefusedError(
      'unsynced-data',
      `${unsynced.mutationIds.length + unsynced.issueIds.length} changes exist only on this device: export them first.`,
    );
  }
  const session = await readMeta(db, 'syncSession');
  if (api !== null && session?.token) await api.logout(session.token).catch(() => undefined);
  await db.transaction('rw', serverWriteTables(db), async () => {
    await clearServerData(db);
    await deleteMeta(db, 'syncSession');
  });
}

/** Removes every record that came from or goes to the server, and the sync state with them. */
async function clearServerData(db: MedinfoDatabase): Promise<void> {
  for (const name of pulledTableNames()) await db.table(name).clear();
  // Their keys go with them: nothing of the last person's personal data stays readable.
  await db.recordKeys.clear();
  await db.outbox.clear();
  await db.syncIssues.clear();
  await db.recordSync.clear();
  await db.blobs.clear();
  await writeMeta(db, 'pendingMutations', 0);
  await deleteMeta(db, 'syncCheckpoint');
  await deleteMeta(db, 'lastSyncAt');
}

/**
 * Forgets the device token after the server refused it (expired, revoked): everything else
 * stays, the outbox waits, and the person signs in again.
 */
export async function dropToken(db: MedinfoDatabase): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const session = await readMeta(db, 'syncSession');
    if (session !== undefined) await writeMeta(db, 'syncSession', { ...session, token: null });
  });
}

function assertServerUrl(serverUrl: string): void {
  try {
    originOfServerUrl(serverUrl);
  } catch (error) {
    throw new SessionRefusedError(
      'invalid-server-url',
      error instanceof Error ? error.message : 'Not a server URL',
    );
  }
}
