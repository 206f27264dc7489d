import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncIssue, SyncSession } from '../../../../shared/schemas';
import { readMeta } from '../meta';
import type { SafetyReportTrail } from './safety-trails';
import { listSafetyReportTrails } from './safety-trails';
import { getDatabase } from '../store';
import { getAppSyncEngine } from './app-sync';
import { getSyncIssue, listSyncIssues } from './issues';
import type { SyncStatus } from './sync-status';
import { initialSyncStatus } from './sync-status';

const noEngine = {
  subscribe: (): (() => void) => () => undefined,
  getStatus: (): SyncStatus => initialSyncStatus,
};

/** The sync engine's status, live; the signed-out status when no engine runs. */
export function useSyncStatus(): SyncStatus {
  const engine = getAppSyncEngine() ?? noEngine;
  return useSyncExternalStore(engine.subscribe, engine.getStatus);
}

/** The "needs attention" list, oldest first. */
export function useSyncIssues(): SyncIssue[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listSyncIssues(db), [db]);
}

/** One "needs attention" entry; null once dealt with, undefined while loading. */
export function useSyncIssue(id: string): SyncIssue | null | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => (await getSyncIssue(db, id)) ?? null, [db, id]);
}

/** The stored sync settings and session (null when signed out). */
export function useSyncSettings():
  { serverUrl: string | null; deviceName: string | null; session: SyncSession | null } | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => {
    const [serverUrl, deviceName, session] = await Promise.all([
      readMeta(db, 'serverUrl'),
      readMeta(db, 'deviceName'),
      readMeta(db, 'syncSession'),
    ]);
    return {
      serverUrl: serverUrl ?? null,
      deviceName: deviceName ?? null,
      session: session ?? null,
    };
  }, [db]);
}

/** Whether the store holds the demo company (and never syncs). */
export function useIsDemoStore(): boolean | undefined {
  const db = getDatabase();
  return useLiveQuery(async () => {
    const [seeded, removed] = await Promise.all([
      readMeta(db, 'demoSeededAt'),
      readMeta(db, 'demoRemovedAt'),
    ]);
    return seeded !== undefined && removed === undefined;
  }, [db]);
}

/** Safety reports on this device with their forwarding and PV acknowledgement. */
export function useSafetyReportTrails(): SafetyReportTrail[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listSafetyReportTrails(db), [db]);
}
