import { liveQuery } from 'dexie';
import type { Subscription } from 'dexie';
import { readMeta } from '../meta';
import { getDatabase } from '../store';
import { SyncEngine } from './engine';
import { createFetchTransport } from './transport';

/**
 * The app's one sync engine, started once the store is open (main.tsx). It follows the browser's
 * network events and the outbox: a local write schedules a sync shortly after.
 */

let appEngine: SyncEngine | null = null;
let outboxWatch: Subscription | null = null;

/** Starts the app's engine (idempotent) and returns it. */
export function startAppSync(options: { appVersion: string }): SyncEngine {
  if (appEngine !== null) return appEngine;
  const db = getDatabase();
  const engine = new SyncEngine({
    db,
    appVersion: options.appVersion,
    createTransport: (origin) => createFetchTransport(origin),
  });
  appEngine = engine;
  window.addEventListener('online', () => engine.setNetworkAvailable(true));
  window.addEventListener('offline', () => engine.setNetworkAvailable(false));
  let lastPending: number | null = null;
  outboxWatch = liveQuery(async () => (await readMeta(db, 'pendingMutations')) ?? 0).subscribe({
    next: (pending) => {
      if (lastPending !== null && pending > lastPending) engine.notifyLocalChange();
      lastPending = pending;
    },
    error: (error: unknown) => reportError(error),
  });
  engine.start().catch((error: unknown) => reportError(error));
  return engine;
}

/** The app's engine, or null before startAppSync (and in tests of components). */
export function getAppSyncEngine(): SyncEngine | null {
  return appEngine;
}

/** Stops the app's engine (before the store closes). */
export function stopAppSync(): void {
  outboxWatch?.unsubscribe();
  outboxWatch = null;
  appEngine?.stop();
  appEngine = null;
}
