import type { EngineTimers } from '../../../src/renderer/src/data/sync/engine';

/** Timers a test fires by hand, to see what the engine schedules and when. */
export type ManualTimers = {
  timers: EngineTimers;
  /** The delays of the timers waiting now, soonest first. */
  delays(): number[];
  /** Runs the soonest waiting timer's callback. */
  fireNext(): void;
};

export function createManualTimers(): ManualTimers {
  let nextHandle = 0;
  const waiting = new Map<number, { callback: () => void; milliseconds: number }>();
  const sorted = (): [number, { callback: () => void; milliseconds: number }][] =>
    [...waiting.entries()].sort((left, right) => left[1].milliseconds - right[1].milliseconds);
  return {
    timers: {
      set(callback, milliseconds) {
        nextHandle += 1;
        waiting.set(nextHandle, { callback, milliseconds });
        return nextHandle;
      },
      clear(handle) {
        waiting.delete(handle as number); // as: handles come from set above
      },
    },
    delays: () => sorted().map(([, timer]) => timer.milliseconds),
    fireNext() {
      const [first] = sorted();
      if (first === undefined) throw new Error('No timer is waiting');
      waiting.delete(first[0]);
      first[1].callback();
    },
  };
}
