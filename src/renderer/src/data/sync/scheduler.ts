/** Timers the engine uses; tests pass their own. */
export type EngineTimers = {
  set(callback: () => void, milliseconds: number): unknown;
  clear(handle: unknown): void;
};

export const defaultTimers: EngineTimers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>), // as: made by set above
};

/**
 * The engine's one pending timer: asking for a cycle sooner replaces a later one, asking for a
 * later one keeps the sooner. Nothing is scheduled while stopped.
 */
export class CycleScheduler {
  private timer: { handle: unknown; dueAt: number } | null = null;
  private isRunning = false;

  constructor(
    private readonly timers: EngineTimers,
    private readonly now: () => number,
    private readonly onDue: () => void,
  ) {}

  start(): void {
    this.isRunning = true;
  }

  stop(): void {
    this.isRunning = false;
    this.clear();
  }

  /** Whether a cycle is scheduled. */
  isPending(): boolean {
    return this.timer !== null;
  }

  schedule(milliseconds: number): void {
    if (!this.isRunning) return;
    const dueAt = this.now() + milliseconds;
    if (this.timer !== null && this.timer.dueAt <= dueAt) return;
    this.clear();
    const handle = this.timers.set(() => {
      this.timer = null;
      this.onDue();
    }, milliseconds);
    this.timer = { handle, dueAt };
  }

  clear(): void {
    if (this.timer !== null) this.timers.clear(this.timer.handle);
    this.timer = null;
  }
}
