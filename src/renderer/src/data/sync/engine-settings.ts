import type { BackoffPolicy } from '../../../../shared/sync';
import { DEFAULT_BACKOFF } from '../../../../shared/sync';
import type { MedinfoDatabase } from '../db';
import type { EngineTimers } from './scheduler';
import { defaultTimers } from './scheduler';
import type { Transport } from './transport';

export type SyncEngineOptions = {
  db: MedinfoDatabase;
  /** This app's version, sent with every request. */
  appVersion: string;
  /** The transport to a server origin (fetch in the app, in-process in tests). */
  createTransport: (serverOrigin: string) => Transport;
  now?: () => Date;
  random?: () => number;
  timers?: EngineTimers;
  /** Outbox rows per push (more when a record's rows travel together). */
  batchSize?: number;
  /** Changes per pull page. */
  pageSize?: number;
  /** Background sync while idle. */
  idleIntervalMs?: number;
  /** Pause after a local change before syncing it, so a burst of typing travels together. */
  changeDelayMs?: number;
  watchdog?: { intervalMs: number; stuckAfterMs: number; cycleTimeoutMs: number };
  backoff?: BackoffPolicy;
  yieldToUi?: () => Promise<void>;
};

/** The options with every default filled in. */
export type EngineSettings = Required<
  Omit<SyncEngineOptions, 'db' | 'appVersion' | 'createTransport'>
>;

/**
 * The engine's defaults: batches of 100, pages of 200, a background sync every 5 minutes and
 * 1.5 s after a local change, a watchdog every 15 s (a cycle may run 3 minutes, a queue may wait
 * 10 without progress), backoff from 1 s to 5 minutes.
 */
export function withDefaults(options: SyncEngineOptions): EngineSettings {
  return {
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    timers: options.timers ?? defaultTimers,
    batchSize: options.batchSize ?? 100,
    pageSize: options.pageSize ?? 200,
    idleIntervalMs: options.idleIntervalMs ?? 5 * 60_000,
    changeDelayMs: options.changeDelayMs ?? 1_500,
    watchdog: options.watchdog ?? {
      intervalMs: 15_000,
      stuckAfterMs: 10 * 60_000,
      cycleTimeoutMs: 3 * 60_000,
    },
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    yieldToUi: options.yieldToUi ?? (() => new Promise((resolve) => setTimeout(resolve, 0))),
  };
}
