import type { SyncSession, Timestamp } from '../../../../shared/schemas';
import type { MedinfoDatabase } from '../db';
import { findKeyring } from '../crypto/keyring';
import type { SyncApi } from './api';
import { ProtocolError } from './api';
import { downloadBlobs, uploadBlobs } from './blob-transfer';
import { pullChanges } from './pull';
import { selectPushBatch, toMutation } from './push-batch';
import { applyPushResults, setAsideUnsendable } from './push-results';

/** What one cycle needs. */
export type CycleContext = {
  db: MedinfoDatabase;
  api: SyncApi;
  session: SyncSession & { token: string };
  batchSize: number;
  pageSize: number;
  now: () => Timestamp;
  signal: AbortSignal;
  yieldToUi: () => Promise<void>;
  /** Called whenever the outbox shrank (the watchdog's idea of progress). */
  onProgress: () => void;
};

/** What one cycle moved. */
export type CycleCounts = {
  pushed: number;
  pulled: number;
  uploaded: number;
  downloaded: number;
  /** Server clock minus device clock, in ms. */
  clockSkewMs: number;
  /** The oldest app version the server syncs with (GET /api/v1/info). */
  minimumAppVersion: string;
  /** False when the store was locked: pushed, but the server's changes wait for a sign-in. */
  hasPulled: boolean;
};

/** Batches at most per cycle: a guard against a server that never lets the outbox shrink. */
const MAX_PUSH_ROUNDS = 10_000;

/**
 * One sync cycle: the outbox first (safety reports first within it), then the files made here,
 * then the server's changes, then the files records here refer to. Awaits between batches and
 * pages so typing never waits for sync.
 * @throws NetworkError, SyncHttpError, ProtocolError; Dexie's errors
 */
export async function runSyncCycle(context: CycleContext): Promise<CycleCounts> {
  const { api, session, signal } = context;
  const sentAt = Date.now();
  const info = await api.info(signal);
  const clockSkewMs = Date.parse(info.serverTime) - (sentAt + Date.now()) / 2;
  const pushed = await pushOutbox(context);
  const transfer = { ...context, token: session.token };
  const uploaded = await uploadBlobs(transfer);
  // Pulled records are stored with their personal parts encrypted, which needs the keys of a
  // signed-in person: a locked laptop keeps pushing (sealed payloads) and pulls after sign-in.
  const hasPulled = findKeyring(context.db) !== null;
  const pulled = hasPulled ? await pullChanges({ ...transfer, serverId: info.serverId }) : 0;
  const downloaded = await downloadBlobs(transfer);
  return {
    pushed,
    pulled,
    uploaded,
    downloaded,
    clockSkewMs: Math.round(clockSkewMs),
    minimumAppVersion: info.minimumAppVersion,
    hasPulled,
  };
}

async function pushOutbox(context: CycleContext): Promise<number> {
  const { db, api, session } = context;
  let pushed = 0;
  for (let round = 0; round < MAX_PUSH_ROUNDS; round += 1) {
    const batch = await selectPushBatch(db, context.batchSize);
    if (batch.length === 0) return pushed;
    const prepared = batch.map((entry) => ({ entry, ...toMutation(entry) }));
    const unsendable = prepared.flatMap((item) =>
      'problem' in item ? [{ entry: item.entry, problem: item.problem }] : [],
    );
    const mutations = prepared.flatMap((item) => ('mutation' in item ? [item.mutation] : []));
    await setAsideUnsendable(db, unsendable, context.now());
    let removed = unsendable.length;
    if (mutations.length > 0) {
      const answer = await api.push(
        session.token,
        { clientId: session.clientId, mutations },
        context.signal,
      );
      if (answer.results.length !== mutations.length) {
        throw new ProtocolError('The server answered a different number of results.');
      }
      const acknowledged = await applyPushResults(db, answer.results, context.now());
      pushed += acknowledged;
      removed += acknowledged;
    }
    if (removed === 0) throw new ProtocolError('The server acknowledged none of the batch.');
    context.onProgress();
    await context.yieldToUi();
  }
  return pushed;
}
