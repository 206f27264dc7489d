import type { SyncCheckpoint, Timestamp } from '../../../../shared/schemas';
import type { PullResponse } from '../../../../shared/sync';
import type { MedinfoDatabase } from '../db';
import { readMeta, writeMeta } from '../meta';
import type { SyncApi } from './api';
import { ProtocolError } from './api';
import { ConcurrentWriteError, StoreLockedError } from '../errors';
import {
  bumpWriteVersion,
  commitServerRecords,
  isSnapshotCurrent,
  prepareServerRecords,
  readWriteVersion,
  serverWriteTables,
} from './store-server-record';

/** What one pull run needs. */
export type PullContext = {
  db: MedinfoDatabase;
  api: SyncApi;
  token: string;
  serverId: string;
  pageSize: number;
  now: () => Timestamp;
  signal: AbortSignal;
  /** Called between pages, so the interface keeps answering while a large pull runs. */
  yieldToUi: () => Promise<void>;
};

/** Pages kept at most in one run (with the default page size, 2 million changes). */
const MAX_PAGES = 10_000;

/**
 * Pulls every change after the stored checkpoint, page by page, each page and its checkpoint in
 * one transaction. A checkpoint of another server database, or a "resync required" answer,
 * starts again from 0 (local unpushed changes stay in the outbox and on top of the records).
 * @returns how many changes were received
 * @throws NetworkError, SyncHttpError, ProtocolError; Dexie's errors
 */
export async function pullChanges(context: PullContext): Promise<number> {
  let checkpoint = await startingCheckpoint(context);
  let received = 0;
  let restarts = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await context.api.pull(
      context.token,
      checkpoint.revision,
      context.pageSize,
      context.signal,
    );
    if (answer.resyncRequired || answer.serverId !== checkpoint.serverId) {
      restarts += 1;
      // A server that keeps asking for a resync from 0 is broken, not merely compacted.
      if (restarts > 2) throw new ProtocolError('The server keeps asking for a full resync.');
      checkpoint = { serverId: answer.serverId, revision: 0 };
      await writeMeta(context.db, 'syncCheckpoint', checkpoint);
      continue;
    }
    await storePullPage(context.db, answer, context.now());
    received += answer.changes.length;
    checkpoint = { serverId: answer.serverId, revision: answer.nextCheckpoint };
    if (!answer.hasMore) return received;
    await context.yieldToUi();
  }
  return received;
}

async function startingCheckpoint(context: PullContext): Promise<SyncCheckpoint> {
  const stored = await readMeta(context.db, 'syncCheckpoint');
  if (stored !== undefined && stored.serverId === context.serverId) return stored;
  return { serverId: context.serverId, revision: 0 };
}

/** Preparations of one page tried at most, when local writes keep getting in between. */
const MAX_PAGE_ATTEMPTS = 5;

/**
 * Stores one page of changes and the checkpoint after it in ONE transaction: a crash between
 * pages loses nothing and repeats nothing (ARCHITECTURE.md, Sync). The records are prepared
 * (decrypted, merged, encrypted) before the transaction and prepared again when a local write
 * committed in between.
 * @throws StoreLockedError when the page holds records with personal data and the store is
 *   locked (the engine does not pull then); ConcurrentWriteError; Dexie's errors (the page and
 *   its checkpoint are not kept)
 */
export async function storePullPage(
  db: MedinfoDatabase,
  page: Extract<PullResponse, { resyncRequired: false }>,
  now: Timestamp,
): Promise<void> {
  for (let attempt = 1; attempt <= MAX_PAGE_ATTEMPTS; attempt += 1) {
    const version = await readWriteVersion(db);
    const prepared = await prepareServerRecords(db, page.changes, now);
    if (prepared.some((item) => item.outcome === 'deferred')) throw new StoreLockedError();
    const isStored = await db.transaction('rw', serverWriteTables(db), async () => {
      if (!(await isSnapshotCurrent(db, version))) return false;
      await commitServerRecords(db, prepared, now);
      await writeMeta(db, 'syncCheckpoint', {
        serverId: page.serverId,
        revision: page.nextCheckpoint,
      });
      await bumpWriteVersion(db, version);
      return true;
    });
    if (isStored) return;
  }
  throw new ConcurrentWriteError('a pulled page');
}
