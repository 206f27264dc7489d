import type { SyncUser, Timestamp } from '../../../../shared/schemas';
import type { MedinfoDatabase } from '../db';
import { readMeta } from '../meta';
import { isDemoStore } from './session';

/**
 * What the sync engine tells the interface (the status bar, the sync page). Kept apart from the
 * engine so components can import the type without the engine.
 */

/**
 * - signed-out: no session; the app works locally.
 * - demo-store: the store holds the demo company and never syncs (decision 0074).
 * - idle: signed in, nothing running; the next background sync is scheduled.
 * - syncing: a cycle runs (push, files, pull).
 * - offline: the server could not be reached; retried with backoff.
 * - retrying: the server answered with an error; retried with backoff.
 * - needs-sign-in: the server refused the device token (expired, revoked); the outbox waits.
 * - upgrade-required: the server needs a newer app; nothing is sent until the app is updated.
 */
export type SyncPhase =
  | 'signed-out'
  | 'demo-store'
  | 'idle'
  | 'syncing'
  | 'offline'
  | 'retrying'
  | 'needs-sign-in'
  | 'upgrade-required';

/** The last failure, for people: a stable code and the server's or the engine's message. */
export type SyncError = { code: string; message: string; at: Timestamp };

export type SyncStatus = {
  phase: SyncPhase;
  /** Whether the last request reached the server; null before the first one. */
  isServerReachable: boolean | null;
  lastSuccessAt: Timestamp | null;
  lastError: SyncError | null;
  nextAttemptAt: Timestamp | null;
  failedAttempts: number;
  /** The watchdog saw changes waiting without progress for too long. */
  isQueueStuck: boolean;
  /** The oldest app version the server accepts (when it refused this one). */
  minimumAppVersion: string | null;
  /** Server clock minus device clock at the last sync, in ms (PRODUCT.md: skew is flagged). */
  clockSkewMs: number | null;
  user: SyncUser | null;
  serverUrl: string | null;
};

export const initialSyncStatus: SyncStatus = {
  phase: 'signed-out',
  isServerReachable: null,
  lastSuccessAt: null,
  lastError: null,
  nextAttemptAt: null,
  failedAttempts: 0,
  isQueueStuck: false,
  minimumAppVersion: null,
  clockSkewMs: null,
  user: null,
  serverUrl: null,
};

/** The status the stored session implies, before any cycle ran (the app's start). */
export async function readStoredStatus(db: MedinfoDatabase): Promise<Partial<SyncStatus>> {
  const [session, lastSyncAt, isDemo] = await Promise.all([
    readMeta(db, 'syncSession'),
    readMeta(db, 'lastSyncAt'),
    isDemoStore(db),
  ]);
  const phase: SyncPhase = isDemo
    ? 'demo-store'
    : session === undefined
      ? 'signed-out'
      : session.token === null
        ? 'needs-sign-in'
        : 'idle';
  return {
    phase,
    user: session?.user ?? null,
    serverUrl: session?.serverUrl ?? null,
    lastSuccessAt: lastSyncAt ?? null,
  };
}
