import type { InsightsInput } from '../../../../shared/insights';
import type { InsightsSource } from '../../data';
import type { InsightsAnswer, InsightsRequest } from './dashboard-job';
import type { WorkerMessage } from './insights.worker';

/** Computes insights over a source, in a Web Worker where the platform has one. */
export type InsightsEngine = {
  load: (source: InsightsSource, today: string) => void;
  ask: (request: InsightsRequest) => Promise<InsightsAnswer>;
  dispose: () => void;
};

type Reply = { id: number; answer?: InsightsAnswer; error?: string };

/** The worker engine: requests are numbered, and each answer settles its own promise. */
function workerEngine(worker: Worker): InsightsEngine {
  const pending = new Map<
    number,
    { resolve: (answer: InsightsAnswer) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<Reply>): void => {
    const { id, answer, error } = event.data;
    const waiting = pending.get(id);
    pending.delete(id);
    if (answer) waiting?.resolve(answer);
    else waiting?.reject(new Error(error ?? 'The insights engine gave no answer'));
  };
  worker.onerror = (event): void => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message));
    pending.clear();
  };
  const post = (message: WorkerMessage): void => worker.postMessage(message);
  return {
    load: (source, today) => post({ kind: 'source', source, today }),
    ask: (request) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ kind: 'request', id, request });
      }),
    dispose: () => worker.terminate(),
  };
}

/** Without Worker (unit tests in jsdom): the same code on this thread, loaded on first use. */
function inlineEngine(): InsightsEngine {
  let loaded: Promise<InsightsInput> | null = null;
  return {
    load: (source, today) => {
      loaded = import('./dashboard-job').then((job) => job.inputOf(source, today));
    },
    ask: async (request) => {
      if (loaded === null) throw new Error('No data has been loaded yet');
      const [input, job] = await Promise.all([loaded, import('./dashboard-job')]);
      return job.answerInsightsRequest(input, request);
    },
    dispose: () => undefined,
  };
}

/** A new engine; dispose it when the page closes. */
export function createInsightsEngine(): InsightsEngine {
  if (typeof Worker === 'undefined') return inlineEngine();
  return workerEngine(
    new Worker(new URL('./insights.worker.ts', import.meta.url), { type: 'module' }),
  );
}
