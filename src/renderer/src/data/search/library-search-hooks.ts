import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LibrarySearchFilters, LibrarySearchHit } from '../../../../shared/library/search';
import type { MedinfoDatabase } from '../db';
import { getDatabase } from '../store';
import type { LibraryIndexStatus } from './library-index-keeper';
import {
  createInThreadSearchService,
  createWorkerSearchService,
  type LibrarySearchService,
} from './library-search-service';

const services = new WeakMap<MedinfoDatabase, LibrarySearchService>();

/**
 * The search service of a store, created on first use: in a Web Worker where the platform has
 * workers (the app), in this thread otherwise (unit tests in jsdom).
 */
export function getLibrarySearchService(db: MedinfoDatabase = getDatabase()): LibrarySearchService {
  let service = services.get(db);
  if (service === undefined) {
    service =
      typeof Worker === 'function'
        ? createWorkerSearchService(db.name)
        : createInThreadSearchService(db);
    services.set(db, service);
  }
  return service;
}

/** Whether the index is loading or ready (and how it came to be), live. */
export function useLibraryIndexStatus(): LibraryIndexStatus {
  const service = getLibrarySearchService();
  return useSyncExternalStore(service.subscribe, service.status);
}

/** Result of a library search: undefined hits while the first answer is on its way. */
export type LibrarySearchState = {
  hits: LibrarySearchHit[] | undefined;
  milliseconds: number;
  status: LibraryIndexStatus;
};

/**
 * Searches the library as the user types; answers to earlier keystrokes that arrive late are
 * dropped. Runs again when the index changes (a document was imported, approved, retired).
 */
export function useLibrarySearch(query: string, filters: LibrarySearchFilters): LibrarySearchState {
  const service = getLibrarySearchService();
  const status = useLibraryIndexStatus();
  const [answer, setAnswer] = useState<{ hits: LibrarySearchHit[]; milliseconds: number }>();
  const filtersKey = JSON.stringify(filters);
  const revision = status.state === 'ready' ? status.revision : 0;
  useEffect(() => {
    let isCurrent = true;
    const parsedFilters: LibrarySearchFilters = JSON.parse(filtersKey) as LibrarySearchFilters; // as: our own JSON
    void service.search(query, parsedFilters).then((result) => {
      if (isCurrent) setAnswer(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [service, query, filtersKey, revision]);
  return { hits: answer?.hits, milliseconds: answer?.milliseconds ?? 0, status };
}

/** The topics of the indexed documents, for the topic filter. */
export function useLibraryTopics(): string[] {
  const service = getLibrarySearchService();
  const status = useLibraryIndexStatus();
  const revision = status.state === 'ready' ? status.revision : 0;
  const [topics, setTopics] = useState<string[]>([]);
  useEffect(() => {
    let isCurrent = true;
    void service.topics().then((result) => {
      if (isCurrent) setTopics(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [service, revision]);
  return topics;
}
