import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Product, ResponseDocument } from '../../src/shared/schemas';
import {
  createLibrarySearch,
  loadLibrarySearch,
  type LibrarySearch,
} from '../../src/shared/library/search';
import { fuzzyDistanceFor, isPrefixSearchedFor } from '../../src/shared/library/search/analyzer';

/** One search engine of the comparison: build it, then ask it for the ids of the top hits. */
export type Engine = {
  name: string;
  search: (query: string) => string[];
};

/** The library's search as the app uses it (default filters: approved and current). */
export function buildOurs(
  documents: ResponseDocument[],
  products: Product[],
): { engine: Engine; search: LibrarySearch } {
  const search = createLibrarySearch(documents, products, { today: () => '2026-06-01' });
  return {
    search,
    engine: {
      name: 'ours',
      search: (query) => search.search(query, { limit: 20 }).map((hit) => hit.documentId),
    },
  };
}

/** Ours, restored from its persisted form as the app restores it. */
export function loadOurs(
  persisted: Parameters<typeof loadLibrarySearch>[0],
  documents: ResponseDocument[],
  products: Product[],
): Engine {
  const { search } = loadLibrarySearch(persisted, documents, products, {
    today: () => '2026-06-01',
  });
  return {
    name: 'ours (loaded)',
    search: (query) => search.search(query, { limit: 20 }).map((hit) => hit.documentId),
  };
}

/**
 * MiniSearch alone, over the same text fields with the same fuzzy and prefix rules and field
 * boosts, but no stemming, synonyms, abbreviations, product names or filters.
 */
export function buildBare(documents: ResponseDocument[]): { engine: Engine; index: MiniSearch } {
  const index = new MiniSearch<ResponseDocument>({
    fields: ['title', 'topics', 'summary', 'body'],
    extractField: (document, field) => {
      const value: unknown = document[field as keyof ResponseDocument];
      return Array.isArray(value) ? value.join(' ') : String(value);
    },
    searchOptions: {
      fuzzy: (term) => fuzzyDistanceFor(term),
      prefix: (term) => isPrefixSearchedFor(term),
      boost: { title: 3, topics: 2, summary: 1.5 },
    },
  });
  index.addAll(documents);
  return {
    index,
    engine: {
      name: 'bare MiniSearch',
      search: (query) =>
        index
          .search(query)
          .slice(0, 20)
          .map((result) => String(result.id)),
    },
  };
}

type FuseRecord = {
  id: string;
  title: string;
  topics: string[];
  summary: string;
  body: string;
  products: string[];
};

/** Fuse.js records: the same text, with the product names as a field of their own. */
export function fuseRecords(documents: ResponseDocument[], products: Product[]): FuseRecord[] {
  const names = new Map(
    products.map((product) => [
      product.id,
      [product.brandName, product.genericName, ...product.synonyms],
    ]),
  );
  return documents.map((document) => ({
    id: document.id,
    title: document.title,
    topics: document.topics,
    summary: document.summary,
    body: document.body,
    products: document.productIds.flatMap((id) => names.get(id) ?? []),
  }));
}

export const fuseKeys = [
  { name: 'title', weight: 3 },
  { name: 'products', weight: 2.5 },
  { name: 'topics', weight: 2 },
  { name: 'summary', weight: 1.5 },
  { name: 'body', weight: 1 },
];

export type FuseIndex = ReturnType<typeof Fuse.createIndex<FuseRecord>>;

/**
 * Fuse.js as apps usually configure it: weighted keys, default threshold and location. (Token
 * search finds more misspellings but took ~27 s a query here, too slow to run in the bench.)
 */
export function buildFuse(records: FuseRecord[], index?: FuseIndex): Engine {
  const fuse = new Fuse(records, { keys: fuseKeys, includeScore: true }, index);
  return {
    name: 'Fuse.js',
    search: (query) => fuse.search(query, { limit: 20 }).map((result) => result.item.id),
  };
}

/** A plain scan: every query word must occur in the text; title matches rank first. */
export function buildSubstring(documents: ResponseDocument[]): Engine {
  const texts = documents.map((document) => ({
    id: document.id,
    title: document.title.toLowerCase(),
    text: `${document.title} ${document.topics.join(' ')} ${document.summary} ${document.body}`.toLowerCase(),
  }));
  return {
    name: 'substring scan',
    search: (query) => {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      return texts
        .filter((entry) => words.every((word) => entry.text.includes(word)))
        .map((entry) => ({
          id: entry.id,
          score: words.filter((word) => entry.title.includes(word)).length,
        }))
        .sort((left, right) => right.score - left.score)
        .slice(0, 20)
        .map((entry) => entry.id);
    },
  };
}
