import type { MedinfoDatabase } from '../db';
import { readMeta } from '../meta';
import type { EngineTimers } from './scheduler';
import type { SyncStatus } from './sync-status';

/**
 * The sync watchdog (ARCHITECTURE.md: "a watchdog notices a stuck queue"). Every interval it
 * checks two things: a cycle running longer than `cycleTimeoutMs` (a request that hangs without
 * an error) is aborted, so the engine retries; changes waiting without any progress for
 * `stuckAfterMs` while sync should be working are reported as a stuck queue in the status bar.
 */
export class SyncWatchdog {
  private handle: unknown = null;
  private controller: AbortController | null = null;
  private cycleStartedAt: number | null = null;
  private lastProgressAt: number;

  constructor(
    private readonly options: {
      db: MedinfoDatabase;
      now: () => number;
      timers: EngineTimers;
      limits: { intervalMs: number; stuckAfterMs: number; cycleTimeoutMs: number };
      getStatus: () => SyncStatus;
      onStuck: (isStuck: boolean) => void;
    },
  ) {
    this.lastProgressAt = options.now();
  }

  start(): void {
    this.stop();
    const tick = (): void => {
      this.handle = this.options.timers.set(tick, this.options.limits.intervalMs);
      void this.check();
    };
    this.handle = this.options.timers.set(tick, this.options.limits.intervalMs);
  }

  stop(): void {
    if (this.handle !== null) this.options.timers.clear(this.handle);
    this.handle = null;
  }

  /** A cycle starts: returns the signal that aborts its requests. */
  beginCycle(): AbortSignal {
    this.controller = new AbortController();
    this.cycleStartedAt = this.options.now();
    return this.controller.signal;
  }

  endCycle(): void {
    this.controller = null;
    this.cycleStartedAt = null;
  }

  abortCycle(): void {
    this.controller?.abort(new DOMException('The sync request took too long', 'AbortError'));
  }

  /** The outbox shrank, or a cycle completed. */
  noteProgress(): void {
    this.lastProgressAt = this.options.now();
  }

  /** One watchdog round (public for tests with their own clock). */
  async check(): Promise<void> {
    const now = this.options.now();
    if (
      this.cycleStartedAt !== null &&
      now - this.cycleStartedAt > this.options.limits.cycleTimeoutMs
    ) {
      this.abortCycle();
    }
    const pending = (await readMeta(this.options.db, 'pendingMutations')) ?? 0;
    if (pending === 0) {
      this.noteProgress();
      this.options.onStuck(false);
      return;
    }
    const phase = this.options.getStatus().phase;
    const shouldProgress = ['idle', 'syncing', 'offline', 'retrying'].includes(phase);
    if (shouldProgress && now - this.lastProgressAt > this.options.limits.stuckAfterMs) {
      this.options.onStuck(true);
    }
  }
}
