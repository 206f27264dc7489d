import { useSyncExternalStore } from 'react';
import { appVersionSchema } from '../../../shared/sync';

/*
 * What the sync server last said this app must be: the oldest version it syncs with
 * (GET /api/v1/info → minimumAppVersion, src/shared/sync/info.ts). The sync engine publishes it
 * after each contact; the updater uses it to explain a required update and to install one even
 * while changes wait (the server would refuse them anyway).
 */

let minimumAppVersion: string | null = null;
const listeners = new Set<() => void>();

/**
 * Publishes the server's minimum app version (null: not known, e.g. never reached).
 * @throws ZodError when the value is not a version such as 1.4.2
 */
export function publishMinimumAppVersion(version: string | null): void {
  const valid = version === null ? null : appVersionSchema.parse(version);
  if (valid === minimumAppVersion) return;
  minimumAppVersion = valid;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readMinimumAppVersion(): string | null {
  return minimumAppVersion;
}

/** The server's minimum app version, re-rendering when it changes. */
export function useMinimumAppVersion(): string | null {
  return useSyncExternalStore(subscribe, readMinimumAppVersion);
}
