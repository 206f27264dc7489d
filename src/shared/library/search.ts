import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Id, IsoDate } from '../schemas/common';
import type { Product } from '../schemas/product';
import type { ResponseDocument } from '../schemas/response-document';
import { createAnalyzer, type Analyzer } from './search/analyzer';
import { compileFilters, type LibrarySearchFilters } from './search/filters';
import {
  documentRevision,
  libraryFingerprint,
  librarySearchFormat,
  productsFingerprint,
} from './search/fingerprint';
import { hitOf, summaryOf, type LibrarySearchHit, type PlainBodyOf } from './search/hits';
import { buildQuery, miniSearchOptions } from './search/index-options';
import { bestByWords } from './search/ranking';
import { stemLanguageOf, stemLanguages } from './search/stemming';
import { markdownToPlainText } from './search/text';
import { buildVocabulary } from './search/vocabulary';

export type { LibrarySearchFilters } from './search/filters';
export type { LibrarySearchHit, LibraryDocumentSummary } from './search/hits';
export type { HighlightPart, SearchSnippet } from './search/snippets';
export { libraryFingerprint, documentRevision } from './search/fingerprint';

/** The index as stored between sessions (a Dexie row in the app, decision 0030). */
export type PersistedLibraryIndex = {
  format: number;
  productsFingerprint: string;
  fingerprint: string;
  /** Revision of every indexed document when saved: what a later load catches up from. */
  revisions: Record<Id, string>;
  index: AsPlainObject;
};

export type LibrarySearchOptions = {
  /** The affiliate's calendar date, for "current" and expiry; the UTC date when omitted. */
  today?: () => IsoDate;
};

/** What a reconciliation with the stored documents did. */
export type LibraryChanges = { added: number; replaced: number; discarded: number };

/** The library's search: query, keep up to date, persist. */
export type LibrarySearch = {
  /** Hits best first. An empty query lists the documents the filters allow, by title. */
  search: (query: string, filters?: LibrarySearchFilters) => LibrarySearchHit[];
  /**
   * Adds or replaces a document, a tombstone is discarded; returns whether the index changed
   * (false when this revision is already indexed).
   */
  upsert: (document: ResponseDocument) => boolean;
  discard: (documentId: Id) => void;
  /** Makes the index describe exactly `documents`, re-indexing only what changed. */
  reconcile: (documents: readonly ResponseDocument[]) => LibraryChanges;
  /** Distinct topics of the indexed documents, for filter menus. */
  topics: () => string[];
  readonly size: number;
  fingerprint: () => string;
  toPersisted: () => PersistedLibraryIndex;
};

const defaultToday = (): IsoDate => new Date().toISOString().slice(0, 10);

type State = {
  analyzer: Analyzer;
  index: MiniSearch<ResponseDocument>;
  documents: Map<Id, ResponseDocument>;
  revisions: Map<Id, string>;
  products: readonly Product[];
  today: () => IsoDate;
  /** The documents the last filters allowed: filters rarely change while someone types. */
  accepted: { key: string; ids: Set<Id> } | null;
  plainBodies: Map<Id, { revision: string; text: string }>;
};

/** Plain bodies kept for snippets: the hits of the last few keystrokes. */
const plainBodyCacheSize = 200;

function newState(
  analyzer: Analyzer,
  index: MiniSearch<ResponseDocument>,
  products: readonly Product[],
  options: LibrarySearchOptions,
): State {
  return {
    analyzer,
    index,
    documents: new Map(),
    revisions: new Map(),
    products,
    today: options.today ?? defaultToday,
    accepted: null,
    plainBodies: new Map(),
  };
}

function plainBodyOf(state: State): PlainBodyOf {
  return (document) => {
    const revision = documentRevision(document);
    const cached = state.plainBodies.get(document.id);
    if (cached?.revision === revision) return cached.text;
    const text = markdownToPlainText(document.body);
    state.plainBodies.set(document.id, { revision, text });
    if (state.plainBodies.size > plainBodyCacheSize) {
      const [oldest] = state.plainBodies.keys();
      if (oldest !== undefined) state.plainBodies.delete(oldest);
    }
    return text;
  };
}

/** The ids the filters allow, computed once per filter set and day. */
function acceptedIds(state: State, filters: LibrarySearchFilters, today: IsoDate): Set<Id> {
  const { limit: _limit, ...criteria } = filters;
  const key = JSON.stringify([today, criteria]);
  if (state.accepted?.key === key) return state.accepted.ids;
  const accept = compileFilters(criteria, today);
  const ids = new Set<Id>();
  for (const document of state.documents.values()) if (accept(document)) ids.add(document.id);
  state.accepted = { key, ids };
  return ids;
}

function analyzerFor(products: readonly Product[]): Analyzer {
  return createAnalyzer((stem) => buildVocabulary(products, stem));
}

function upsertInto(state: State, document: ResponseDocument): boolean {
  if (document.deleted) return discardFrom(state, document.id);
  const isIndexed = state.index.has(document.id);
  if (isIndexed && state.revisions.get(document.id) === documentRevision(document)) {
    state.documents.set(document.id, document);
    return false;
  }
  if (isIndexed) state.index.replace(document);
  else state.index.add(document);
  state.documents.set(document.id, document);
  state.revisions.set(document.id, documentRevision(document));
  state.accepted = null;
  return true;
}

function discardFrom(state: State, id: Id): boolean {
  const isIndexed = state.index.has(id);
  if (isIndexed) state.index.discard(id);
  state.documents.delete(id);
  state.revisions.delete(id);
  state.accepted = null;
  return isIndexed;
}

function reconcileState(state: State, documents: readonly ResponseDocument[]): LibraryChanges {
  const changes: LibraryChanges = { added: 0, replaced: 0, discarded: 0 };
  const live = new Set<Id>();
  for (const document of documents) {
    if (document.deleted) continue;
    live.add(document.id);
    const known = state.revisions.get(document.id);
    if (known === documentRevision(document) && state.index.has(document.id)) {
      state.documents.set(document.id, document);
      continue;
    }
    if (known === undefined) changes.added += 1;
    else changes.replaced += 1;
    upsertInto(state, document);
  }
  for (const id of [...state.revisions.keys()]) {
    if (live.has(id)) continue;
    discardFrom(state, id);
    changes.discarded += 1;
  }
  return changes;
}

function searchState(
  state: State,
  query: string,
  filters: LibrarySearchFilters = {},
): LibrarySearchHit[] {
  const today = state.today();
  const accepted = acceptedIds(state, filters, today);
  const context = { today, plainBodyOf: plainBodyOf(state) };
  const limit = filters.limit ?? 20;
  const language = filters.language === undefined ? null : stemLanguageOf(filters.language);
  const words = state.analyzer.queryWords(query, language === null ? stemLanguages : [language]);
  if (words.length === 0) {
    return [...accepted]
      .flatMap((id) => state.documents.get(id) ?? [])
      .sort((left, right) => left.title.localeCompare(right.title))
      .slice(0, limit)
      .map((document) => hitOf(state.analyzer, document, noMatch, context));
  }
  // When the filters keep every document (a common case), skip the per-result check.
  const isEverythingAccepted = accepted.size === state.documents.size;
  const results = state.index.search(buildQuery(words), {
    ...(isEverythingAccepted ? {} : { filter: (result) => accepted.has(result.id as Id) }), // as: index ids are document ids
  });
  return bestByWords(results, words, limit).flatMap((result) => {
    const document = state.documents.get(result.id as Id); // as: the index's ids are document ids
    return document === undefined ? [] : [hitOf(state.analyzer, document, result, context)];
  });
}

const noMatch = { score: 0, terms: [], match: {} };

function facade(state: State): LibrarySearch {
  return {
    search: (query, filters) => searchState(state, query, filters),
    upsert: (document) => upsertInto(state, document),
    discard: (id) => {
      discardFrom(state, id);
    },
    reconcile: (documents) => reconcileState(state, documents),
    topics: () =>
      [...new Set([...state.documents.values()].flatMap((document) => document.topics))].sort(),
    get size() {
      return state.documents.size;
    },
    fingerprint: () => libraryFingerprint([...state.documents.values()], state.products),
    toPersisted: () => ({
      format: librarySearchFormat,
      productsFingerprint: productsFingerprint(state.products),
      fingerprint: libraryFingerprint([...state.documents.values()], state.products),
      revisions: Object.fromEntries(state.revisions),
      index: state.index.toJSON(),
    }),
  };
}

/**
 * Builds the library's search over documents and products (pure: no DOM, no store). Tolerates
 * typos, matches prefixes, stems en/de/fr/es, treats brand, generic names and synonyms as one,
 * knows common medical abbreviations, and filters (decision 0030). Tombstones are left out.
 */
export function createLibrarySearch(
  documents: readonly ResponseDocument[],
  products: readonly Product[],
  options: LibrarySearchOptions = {},
): LibrarySearch {
  const analyzer = analyzerFor(products);
  const state = newState(analyzer, new MiniSearch(miniSearchOptions(analyzer)), products, options);
  const live = documents.filter((document) => !document.deleted);
  state.index.addAll(live);
  for (const document of live) {
    state.documents.set(document.id, document);
    state.revisions.set(document.id, documentRevision(document));
  }
  return facade(state);
}

/** How a search came back from storage. */
export type LoadedLibrarySearch = {
  search: LibrarySearch;
  /** `persisted`: as saved; `caught-up`: saved, then changed documents re-indexed; `rebuilt`. */
  source: 'persisted' | 'caught-up' | 'rebuilt';
  changes: LibraryChanges;
};

/**
 * Restores a persisted index and catches it up with `documents` (only documents whose revision
 * changed are re-indexed). Rebuilds from scratch only when the format or the products changed.
 * Throws what MiniSearch throws on a corrupt index; callers fall back to a rebuild.
 */
export function loadLibrarySearch(
  persisted: PersistedLibraryIndex,
  documents: readonly ResponseDocument[],
  products: readonly Product[],
  options: LibrarySearchOptions = {},
): LoadedLibrarySearch {
  const isCompatible =
    persisted.format === librarySearchFormat &&
    persisted.productsFingerprint === productsFingerprint(products);
  if (!isCompatible) {
    const live = documents.filter((document) => !document.deleted).length;
    return {
      search: createLibrarySearch(documents, products, options),
      source: 'rebuilt',
      changes: { added: live, replaced: 0, discarded: 0 },
    };
  }
  const analyzer = analyzerFor(products);
  const index = MiniSearch.loadJS(persisted.index, miniSearchOptions(analyzer));
  const state = newState(analyzer, index, products, options);
  for (const [id, revision] of Object.entries(persisted.revisions)) {
    state.revisions.set(id, revision);
  }
  const changes = reconcileState(state, documents);
  const isUnchanged = changes.added + changes.replaced + changes.discarded === 0;
  return { search: facade(state), source: isUnchanged ? 'persisted' : 'caught-up', changes };
}

export { summaryOf };
