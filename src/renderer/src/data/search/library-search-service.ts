import Dexie from 'dexie';
import type { LibrarySearchFilters, LibrarySearchHit } from '../../../../shared/library/search';
import type { MedinfoDatabase } from '../db';
import { libraryChangeOf } from './library-changes';
import { createLibraryIndexKeeper, type LibraryIndexStatus } from './library-index-keeper';
import type { LibrarySearchReply, LibrarySearchRequest } from './library-search-protocol';

/** Hits of one query and how long the index took to answer. */
export type LibrarySearchAnswer = { hits: LibrarySearchHit[]; milliseconds: number };

/** The library's search as the UI uses it: asynchronous, so it can live in a worker. */
export type LibrarySearchService = {
  search: (query: string, filters: LibrarySearchFilters) => Promise<LibrarySearchAnswer>;
  topics: () => Promise<string[]>;
  status: () => LibraryIndexStatus;
  /** Called on every status change (loaded, re-indexed); returns the unsubscribe function. */
  subscribe: (listener: (status: LibraryIndexStatus) => void) => () => void;
};

type Listeners = Set<(status: LibraryIndexStatus) => void>;

/**
 * The search in this thread, over `db`: for tests and for environments without workers. The
 * app uses `createWorkerSearchService`.
 */
export function createInThreadSearchService(db: MedinfoDatabase): LibrarySearchService {
  const keeper = createLibraryIndexKeeper(db);
  const listeners: Listeners = new Set();
  const notify = (status: LibraryIndexStatus): void =>
    listeners.forEach((listener) => listener(status));
  let work = keeper.load().then(notify);
  Dexie.on('storagemutated', (parts) => {
    const change = libraryChangeOf(parts, db.name);
    if (!change.isLibraryChange) return;
    work = work.then(async () => notify(await keeper.refresh(change.documentIds)));
  });
  return {
    search: async (query, filters) => {
      await work;
      const started = performance.now();
      return { hits: keeper.search(query, filters), milliseconds: performance.now() - started };
    },
    topics: async () => {
      await work;
      return keeper.topics();
    },
    status: keeper.status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The search in a Web Worker (library-search.worker.ts), so loading never blocks the page. */
export function createWorkerSearchService(databaseName: string): LibrarySearchService {
  // The worker's name tells it which store to open.
  const worker = new Worker(new URL('./library-search.worker.ts', import.meta.url), {
    type: 'module',
    name: databaseName,
  });
  const listeners: Listeners = new Set();
  const pending = new Map<number, (reply: LibrarySearchReply) => void>();
  let status: LibraryIndexStatus = { state: 'loading' };
  let nextRequestId = 1;
  worker.addEventListener('message', (event: MessageEvent<LibrarySearchReply>) => {
    const reply = event.data;
    if (reply.type === 'status') {
      status = reply.status;
      listeners.forEach((listener) => listener(status));
      return;
    }
    pending.get(reply.requestId)?.(reply);
    pending.delete(reply.requestId);
  });
  const ask = (request: LibrarySearchRequest): Promise<LibrarySearchReply> =>
    new Promise((resolve) => {
      pending.set(request.requestId, resolve);
      worker.postMessage(request);
    });
  return {
    search: async (query, filters) => {
      const reply = await ask({ type: 'search', requestId: nextRequestId++, query, filters });
      return reply.type === 'hits'
        ? { hits: reply.hits, milliseconds: reply.milliseconds }
        : { hits: [], milliseconds: 0 };
    },
    topics: async () => {
      const reply = await ask({ type: 'topics', requestId: nextRequestId++ });
      return reply.type === 'topics' ? reply.topics : [];
    },
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
