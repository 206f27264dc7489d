import type { SyncSession } from '../../../../shared/schemas';
import { backoffDelay } from '../../../../shared/sync';
import { originOfServerUrl } from '../../../../shared/security/csp';
import { toDeviceTimestamp } from '../../../../shared/domain';
import { readMeta, writeMeta } from '../meta';
import type { SyncApi } from './api';
import { createSyncApi } from './api';
import { classifySyncFailure } from './failure';
import type { SignInInput, UnsyncedData } from './session';
import { dropToken, isDemoStore, signIn, signOut } from './session';
import type { CycleCounts } from './sync-cycle';
import { runSyncCycle } from './sync-cycle';
import type { SyncStatus } from './sync-status';
import { initialSyncStatus, readStoredStatus } from './sync-status';
import type { EngineSettings, SyncEngineOptions } from './engine-settings';
import { withDefaults } from './engine-settings';
import { CycleScheduler } from './scheduler';
import { SyncWatchdog } from './watchdog';

export type { EngineTimers } from './scheduler';
export type { SyncEngineOptions } from './engine-settings';

/** How one requested cycle ended. */
export type SyncCycleResult =
  ({ outcome: 'synced' } & CycleCounts) | { outcome: 'skipped' | 'failed'; status: SyncStatus };

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
  private readonly scheduler: CycleScheduler;
  private readonly watchdog: SyncWatchdog;
  private readonly settings: EngineSettings;
  /** The last session read or made, for features that call the server themselves. */
  private session: SyncSession | null = null;

  constructor(private readonly options: SyncEngineOptions) {
    this.settings = withDefaults(options);
    this.scheduler = new CycleScheduler(
      this.settings.timers,
      () => this.settings.now().getTime(),
      () => void this.syncNow(),
    );
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

  /** The server and device token of the signed-in session, or null (signed out, token refused). */
  readonly connection = (): { serverUrl: string; token: string } | null =>
    this.session?.token ? { serverUrl: this.session.serverUrl, token: this.session.token } : null;

  /** Reads the stored session and starts background sync and the watchdog. */
  async start(): Promise<void> {
    this.session = (await readMeta(this.options.db, 'syncSession')) ?? null;
    this.scheduler.start();
    this.update(await readStoredStatus(this.options.db));
    this.watchdog.start();
    this.scheduler.schedule(0);
  }

  /** Stops timers and ends a running request; stored state stays as it is. */
  stop(): void {
    this.scheduler.stop();
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
    this.scheduler.clear();
    const cycle = this.runCycle().finally(() => {
      this.running = null;
      if (this.isAgainRequested) {
        this.isAgainRequested = false;
        this.scheduler.schedule(0);
      }
    });
    this.running = cycle;
    return cycle;
  }

  /** A local write happened: sync it soon (not during a backoff: that would hammer a sick server). */
  notifyLocalChange(): void {
    if (this.status.failedAttempts > 0 && this.scheduler.isPending()) return;
    this.scheduler.schedule(this.settings.changeDelayMs);
  }

  /** The operating system's view of the network changed. */
  setNetworkAvailable(isAvailable: boolean): void {
    if (!isAvailable) {
      this.update({ isServerReachable: false, ...(this.isSyncable() ? { phase: 'offline' } : {}) });
      return;
    }
    this.scheduler.schedule(0);
  }

  /**
   * Signs in to a server and starts syncing.
   * @throws as signIn (session.ts)
   */
  async signIn(input: SignInInput): Promise<SyncSession> {
    const api = this.apiFor(input.serverUrl);
    const { session, info } = await signIn(this.options.db, api, input, this.timestamp());
    this.session = session;
    this.update({
      phase: 'idle',
      user: session.user,
      serverUrl: session.serverUrl,
      lastError: null,
      failedAttempts: 0,
      minimumAppVersion: info.minimumAppVersion,
      isQueueStuck: false,
    });
    this.scheduler.schedule(0);
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
    this.session = null;
    this.scheduler.clear();
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
        minimumAppVersion: counts.minimumAppVersion,
      });
      this.scheduler.schedule(this.settings.idleIntervalMs);
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
    this.session = session ?? null;
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
    if (decision.isTokenRefused) {
      await dropToken(this.options.db);
      this.session = this.session === null ? null : { ...this.session, token: null };
    }
    const failedAttempts = this.status.failedAttempts + 1;
    let nextAttemptAt: string | null = null;
    if (decision.retry === 'backoff') {
      const delay = Math.max(
        decision.retryAfterMs ?? 0,
        backoffDelay(failedAttempts, this.settings.random(), this.settings.backoff),
      );
      this.scheduler.schedule(delay);
      nextAttemptAt = toDeviceTimestamp(new Date(this.settings.now().getTime() + delay));
    }
    this.update({
      phase: decision.phase,
      isServerReachable: decision.isServerReachable,
      failedAttempts,
      nextAttemptAt,
      minimumAppVersion: decision.minimumAppVersion ?? this.status.minimumAppVersion,
      lastError: { code: decision.code, message: decision.message, at: this.timestamp() },
    });
  }

  private onStuck(isStuck: boolean): void {
    if (isStuck === this.status.isQueueStuck) return;
    this.update({ isQueueStuck: isStuck });
    if (isStuck && !this.scheduler.isPending() && this.running === null) {
      this.scheduler.schedule(0);
    }
  }

  private isSyncable(): boolean {
    return ['idle', 'syncing', 'offline', 'retrying'].includes(this.status.phase);
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
