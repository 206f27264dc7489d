import type { SyncSession } from '../../../../shared/schemas';
import type { BackoffPolicy } from '../../../../shared/sync';
import { DEFAULT_BACKOFF, backoffDelay } from '../../../../shared/sync';
import { originOfServerUrl } from '../../../../shared/security/csp';
import { toDeviceTimestamp } from '../../../../shared/domain';
import type { MedinfoDatabase } from '../db';
import { readMeta, writeMeta } from '../meta';
import type { SyncApi } from './api';
import { createSyncApi } from './api';
import { classifySyncFailure } from './failure';
import type { SignInInput, UnsyncedData } from './session';
import { dropToken, isDemoStore, signIn, signOut } from './session';
import type { CycleCounts } from './sync-cycle';
import { runSyncCycle } from './sync-cycle';
import type { SyncStatus } from './sync-status';
import { initialSyncStatus } from './sync-status';
import type { Transport } from './transport';
import { SyncWatchdog } from './watchdog';

/** Timers the engine uses; tests pass their own. */
export type EngineTimers = {
  set(callback: () => void, milliseconds: number): unknown;
  clear(handle: unknown): void;
};

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

/** How one requested cycle ended. */
export type SyncCycleResult =
  ({ outcome: 'synced' } & CycleCounts) | { outcome: 'skipped' | 'failed'; status: SyncStatus };

const defaultTimers: EngineTimers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>), // as: made by set above
};

/**
 * The client sync engine: signs in, then syncs in the background (on start, after local changes,
 * when the network returns, every few minutes) and on demand; one cycle at a time; failures
 * retried with exponential backoff and jitter; a watchdog for hung requests and a stuck queue.
 * Its status is observable (subscribe/getStatus) for the status bar. The protocol and the state
 * machine are described in docs/sync-protocol.md ("Client").
 */
export class SyncEngine {
  private status: SyncStatus = initialSyncStatus;
  private readonly listeners = new Set<() => void>();
  private running: Promise<SyncCycleResult> | null = null;
  private isAgainRequested = false;
  private timer: { handle: unknown; dueAt: number } | null = null;
  private isStarted = false;
  private readonly watchdog: SyncWatchdog;
  private readonly settings: Required<
    Omit<SyncEngineOptions, 'db' | 'appVersion' | 'createTransport'>
  >;

  constructor(private readonly options: SyncEngineOptions) {
    this.settings = {
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
    this.watchdog = new SyncWatchdog({
      db: options.db,
      now: () => this.settings.now().getTime(),
      timers: this.settings.timers,
      limits: this.settings.watchdog,
      getStatus: () => this.status,
      onStuck: (isStuck) => this.onStuck(isStuck),
    });
  }

  /** The current status (a new object after every change, for useSyncExternalStore). */
  readonly getStatus = (): SyncStatus => this.status;

  /** Calls `listener` after every status change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the stored session and starts background sync and the watchdog. */
  async start(): Promise<void> {
    if (this.isStarted) return;
    this.isStarted = true;
    await this.refreshStatus();
    this.watchdog.start();
    this.schedule(0);
  }

  /** Stops timers and ends a running request; stored state stays as it is. */
  stop(): void {
    this.isStarted = false;
    this.clearTimer();
    this.watchdog.stop();
    this.watchdog.abortCycle();
  }

  /**
   * Runs a cycle now, or joins the one running (and asks for another after it).
   * @throws never: failures end in the status and the result
   */
  syncNow(): Promise<SyncCycleResult> {
    if (this.running !== null) {
      this.isAgainRequested = true;
      return this.running;
    }
    this.clearTimer();
    const cycle = this.runCycle().finally(() => {
      this.running = null;
      if (this.isAgainRequested) {
        this.isAgainRequested = false;
        this.schedule(0);
      }
    });
    this.running = cycle;
    return cycle;
  }

  /** A local write happened: sync it soon (not during a backoff: that would hammer a sick server). */
  notifyLocalChange(): void {
    if (this.status.failedAttempts > 0 && this.timer !== null) return;
    this.schedule(this.settings.changeDelayMs);
  }

  /** The operating system's view of the network changed. */
  setNetworkAvailable(isAvailable: boolean): void {
    if (!isAvailable) {
      this.update({ isServerReachable: false, ...(this.isSyncable() ? { phase: 'offline' } : {}) });
      return;
    }
    this.schedule(0);
  }

  /**
   * Signs in to a server and starts syncing.
   * @throws as signIn (session.ts)
   */
  async signIn(input: SignInInput): Promise<SyncSession> {
    const api = this.apiFor(input.serverUrl);
    const { session } = await signIn(this.options.db, api, input, this.timestamp());
    this.update({
      phase: 'idle',
      user: session.user,
      serverUrl: session.serverUrl,
      lastError: null,
      failedAttempts: 0,
      minimumAppVersion: null,
      isQueueStuck: false,
    });
    this.schedule(0);
    return session;
  }

  /**
   * Signs out (see signOut in session.ts); refused while changes exist only here, unless exported.
   * @throws SessionRefusedError 'unsynced-data'
   */
  async signOut(exported: UnsyncedData | null): Promise<void> {
    const session = await readMeta(this.options.db, 'syncSession');
    const api = session === undefined ? null : this.apiFor(session.serverUrl);
    await signOut(this.options.db, api, exported);
    this.clearTimer();
    this.update({ ...initialSyncStatus, phase: 'signed-out' });
  }

  private async runCycle(): Promise<SyncCycleResult> {
    const { db } = this.options;
    const gate = await this.gate();
    if (gate === null) return { outcome: 'skipped', status: this.status };
    const signal = this.watchdog.beginCycle();
    this.update({ phase: 'syncing', user: gate.user, serverUrl: gate.serverUrl });
    try {
      const counts = await runSyncCycle({
        db,
        api: this.apiFor(gate.serverUrl),
        session: gate,
        batchSize: this.settings.batchSize,
        pageSize: this.settings.pageSize,
        now: () => this.timestamp(),
        signal,
        yieldToUi: this.settings.yieldToUi,
        onProgress: () => this.watchdog.noteProgress(),
      });
      const at = this.timestamp();
      await writeMeta(db, 'lastSyncAt', at);
      this.watchdog.noteProgress();
      this.update({
        phase: 'idle',
        isServerReachable: true,
        lastSuccessAt: at,
        lastError: null,
        failedAttempts: 0,
        nextAttemptAt: null,
        isQueueStuck: false,
        clockSkewMs: counts.clockSkewMs,
      });
      this.schedule(this.settings.idleIntervalMs);
      return { outcome: 'synced', ...counts };
    } catch (error) {
      await this.fail(error);
      return { outcome: 'failed', status: this.status };
    } finally {
      this.watchdog.endCycle();
    }
  }

  /** The session to sync with, or null (with the status saying why not). */
  private async gate(): Promise<(SyncSession & { token: string }) | null> {
    const { db } = this.options;
    if (await isDemoStore(db)) {
      this.update({ phase: 'demo-store' });
      return null;
    }
    const session = await readMeta(db, 'syncSession');
    if (session === undefined) {
      this.update({ ...initialSyncStatus, lastSuccessAt: this.status.lastSuccessAt });
      return null;
    }
    if (session.token === null) {
      this.update({ phase: 'needs-sign-in', user: session.user, serverUrl: session.serverUrl });
      return null;
    }
    if (this.status.phase === 'upgrade-required') return null;
    return { ...session, token: session.token };
  }

  private async fail(error: unknown): Promise<void> {
    const decision = classifySyncFailure(error, this.settings.now());
    if (decision.isTokenRefused) await dropToken(this.options.db);
    const failedAttempts = this.status.failedAttempts + 1;
    let nextAttemptAt: string | null = null;
    if (decision.retry === 'backoff') {
      const delay = Math.max(
        decision.retryAfterMs ?? 0,
        backoffDelay(failedAttempts, this.settings.random(), this.settings.backoff),
      );
      this.schedule(delay);
      nextAttemptAt = toDeviceTimestamp(new Date(this.settings.now().getTime() + delay));
    }
    this.update({
      phase: decision.phase,
      isServerReachable: decision.isServerReachable,
      failedAttempts,
      nextAttemptAt,
      minimumAppVersion: decision.minimumAppVersion,
      lastError: { code: decision.code, message: decision.message, at: this.timestamp() },
    });
  }

  private onStuck(isStuck: boolean): void {
    if (isStuck === this.status.isQueueStuck) return;
    this.update({ isQueueStuck: isStuck });
    if (isStuck && this.timer === null && this.running === null) this.schedule(0);
  }

  private async refreshStatus(): Promise<void> {
    const { db } = this.options;
    const [session, lastSyncAt] = await Promise.all([
      readMeta(db, 'syncSession'),
      readMeta(db, 'lastSyncAt'),
    ]);
    const phase = (await isDemoStore(db))
      ? 'demo-store'
      : session === undefined
        ? 'signed-out'
        : session.token === null
          ? 'needs-sign-in'
          : 'idle';
    this.update({
      phase,
      user: session?.user ?? null,
      serverUrl: session?.serverUrl ?? null,
      lastSuccessAt: lastSyncAt ?? null,
    });
  }

  private isSyncable(): boolean {
    return ['idle', 'syncing', 'offline', 'retrying'].includes(this.status.phase);
  }

  private schedule(milliseconds: number): void {
    if (!this.isStarted) return;
    const dueAt = this.settings.now().getTime() + milliseconds;
    if (this.timer !== null && this.timer.dueAt <= dueAt) return;
    this.clearTimer();
    const handle = this.settings.timers.set(() => {
      this.timer = null;
      void this.syncNow();
    }, milliseconds);
    this.timer = { handle, dueAt };
  }

  private clearTimer(): void {
    if (this.timer !== null) this.settings.timers.clear(this.timer.handle);
    this.timer = null;
  }

  private apiFor(serverUrl: string): SyncApi {
    return createSyncApi(
      this.options.createTransport(originOfServerUrl(serverUrl)),
      this.options.appVersion,
    );
  }

  private timestamp(): string {
    return toDeviceTimestamp(this.settings.now());
  }

  private update(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener();
  }
}
