import Dexie from 'dexie';
import { databaseName, MedinfoDatabase } from '../db';
import { libraryChangeOf } from './library-changes';
import { createLibraryIndexKeeper } from './library-index-keeper';
import type { LibrarySearchReply, LibrarySearchRequest } from './library-search-protocol';

/*
 * The library's search in a worker: loading a persisted index of tens of thousands of documents
 * takes seconds, and queries must never stall typing in the page (decision 0030). The worker
 * opens its own connection to the same store; Dexie tells it of writes made by the page
 * (BroadcastChannel), and it re-indexes what changed.
 */

type Port = {
  postMessage: (message: LibrarySearchReply) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<LibrarySearchRequest>) => void,
  ) => void;
};
const port: Port = self;

// The page names the store in the worker's name (tests use stores of their own).
const db = new MedinfoDatabase(self.name === '' ? databaseName : self.name);
const keeper = createLibraryIndexKeeper(db);
let refreshing: Promise<void> = Promise.resolve();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
/** Documents written since the last refresh; null once a change could not be told apart. */
let pendingIds: Set<string> | null = new Set();

function publish(): void {
  port.postMessage({ type: 'status', status: keeper.status() });
}

function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  // Imports write thousands of rows in bursts: wait until they settle.
  refreshTimer = setTimeout(() => {
    const ids = pendingIds === null ? null : [...pendingIds];
    pendingIds = new Set();
    refreshing = refreshing.then(async () => {
      await keeper.refresh(ids);
      publish();
    });
  }, 250);
}

Dexie.on('storagemutated', (parts) => {
  const change = libraryChangeOf(parts, db.name);
  if (!change.isLibraryChange) return;
  if (change.documentIds === null) pendingIds = null;
  else if (pendingIds !== null) for (const id of change.documentIds) pendingIds.add(id);
  scheduleRefresh();
});

const loaded = keeper.load().then(publish);
refreshing = loaded;

port.addEventListener('message', (event) => {
  // Questions asked while the index loads are answered as soon as it is ready.
  void loaded.then(() => answer(event.data));
});

function answer(request: LibrarySearchRequest): void {
  if (request.type === 'topics') {
    port.postMessage({ type: 'topics', requestId: request.requestId, topics: keeper.topics() });
    return;
  }
  const started = performance.now();
  const hits = keeper.search(request.query, request.filters);
  port.postMessage({
    type: 'hits',
    requestId: request.requestId,
    hits,
    milliseconds: performance.now() - started,
  });
}
