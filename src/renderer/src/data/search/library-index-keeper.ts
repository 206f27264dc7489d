import type { IsoDate, Product, ResponseDocument } from '../../../../shared/schemas';
import {
  createLibrarySearch,
  loadLibrarySearch,
  type LibrarySearch,
  type LibrarySearchFilters,
  type LibrarySearchHit,
} from '../../../../shared/library/search';
import { productsFingerprint } from '../../../../shared/library/search/fingerprint';
import { toDeviceTimestamp } from '../../../../shared/domain';
import type { MedinfoDatabase } from '../db';
import { listProducts } from '../products-repository';
import { documentFromRow } from '../synced-tables';

/** Where the index is: loading, or ready and how it got there. `revision` counts changes. */
export type LibraryIndexStatus =
  | { state: 'loading' }
  | {
      state: 'ready';
      source: 'persisted' | 'caught-up' | 'rebuilt';
      documentCount: number;
      loadMilliseconds: number;
      revision: number;
    }
  | { state: 'failed'; message: string };

export type LibraryIndexKeeper = {
  /** Restores the persisted index (catching up) or builds it; persists what it had to build. */
  load: () => Promise<LibraryIndexStatus>;
  /**
   * Re-indexes the documents with these ids (all documents when null: changes unknown) and
   * rebuilds if the products changed.
   */
  refresh: (changedDocumentIds: readonly string[] | null) => Promise<LibraryIndexStatus>;
  search: (query: string, filters?: LibrarySearchFilters) => LibrarySearchHit[];
  topics: () => string[];
  status: () => LibraryIndexStatus;
};

/** The key of the one persisted index row. */
export const libraryIndexKey = 'library';

function today(): IsoDate {
  return toDeviceTimestamp(new Date()).slice(0, 10);
}

/** Documents as the index wants them: today's shape; tombstones stay (they discard). */
async function readChanged(
  db: MedinfoDatabase,
  ids: readonly string[] | null,
): Promise<ResponseDocument[]> {
  const rows = ids === null ? await db.documents.toArray() : await db.documents.bulkGet([...ids]);
  return rows.flatMap((row) => (row === undefined ? [] : [documentFromRow(row)]));
}

/**
 * Keeps the library's search index over the local store: at start it loads the persisted index
 * and re-indexes only documents whose revision changed (a rebuild only on the first start, a
 * new index format or changed products); afterwards it re-indexes the documents Dexie reports
 * as written and saves the index (decision 0030). Runs in a worker in the app, in-thread in
 * tests.
 */
export function createLibraryIndexKeeper(db: MedinfoDatabase): LibraryIndexKeeper {
  let search: LibrarySearch | null = null;
  let products: Product[] = [];
  let status: LibraryIndexStatus = { state: 'loading' };
  let revision = 0;

  const persist = async (): Promise<void> => {
    if (search === null) return;
    await db.searchIndex.put({
      key: libraryIndexKey,
      savedAt: new Date().toISOString(),
      ...search.toPersisted(),
    });
  };

  const ready = (
    source: 'persisted' | 'caught-up' | 'rebuilt',
    started: number,
  ): LibraryIndexStatus => {
    revision += 1;
    status = {
      state: 'ready',
      source,
      documentCount: search?.size ?? 0,
      loadMilliseconds: performance.now() - started,
      revision,
    };
    return status;
  };

  const build = async (started: number): Promise<LibraryIndexStatus> => {
    const rows = await db.documents.toArray();
    products = await listProducts(db);
    const documents = rows.filter((row) => !row.deleted).map(documentFromRow);
    const persisted = await db.searchIndex.get(libraryIndexKey);
    let source: 'persisted' | 'caught-up' | 'rebuilt' = 'rebuilt';
    try {
      if (persisted !== undefined) {
        const loaded = loadLibrarySearch(persisted, documents, products, { today });
        search = loaded.search;
        source = loaded.source;
      }
    } catch {
      search = null; // A corrupt or foreign index is rebuilt below.
    }
    search ??= createLibrarySearch(documents, products, { today });
    if (source !== 'persisted') await persist();
    return ready(source, started);
  };

  return {
    load: async () => {
      try {
        return await build(performance.now());
      } catch (error) {
        status = {
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        };
        return status;
      }
    },
    refresh: async (changedDocumentIds) => {
      if (search === null) return status;
      const started = performance.now();
      const latestProducts = await listProducts(db);
      if (productsFingerprint(latestProducts) !== productsFingerprint(products)) {
        await db.searchIndex.delete(libraryIndexKey);
        search = null;
        return build(started);
      }
      const changed = await readChanged(db, changedDocumentIds);
      let isChanged = false;
      if (changedDocumentIds === null) {
        const { added, replaced, discarded } = search.reconcile(changed.filter((d) => !d.deleted));
        isChanged = added + replaced + discarded > 0;
      } else {
        for (const document of changed) isChanged = search.upsert(document) || isChanged;
      }
      if (!isChanged) return status;
      await persist();
      return ready('caught-up', started);
    },
    search: (query, filters) => search?.search(query, filters) ?? [],
    topics: () => search?.topics() ?? [],
    status: () => status,
  };
}
