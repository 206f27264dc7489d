import type { MedinfoDatabase } from './db';

const tails = new WeakMap<MedinfoDatabase, Promise<unknown>>();

/**
 * Runs writes to one store one after another. A write prepares (decrypts, encrypts, seals)
 * before its transaction and commits only if nothing changed meanwhile (decision 0011); in one
 * window, queueing makes that always true, so concurrent saves never starve each other. The
 * version check still catches changes from elsewhere (another tab in browser mode). A failed
 * write does not block the ones after it. Never call a queued write from inside another one.
 */
export async function queueWrite<T>(db: MedinfoDatabase, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(db) ?? Promise.resolve();
  const run = previous.then(task, task);
  // The queue continues whether this write succeeds or fails; its caller sees the outcome.
  tails.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}
