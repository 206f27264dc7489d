import MiniSearch from 'minisearch';
import type { Id, Inquiry } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { onKeyringLocked, requireKeyring } from './crypto/keyring';
import { personalProblemOf } from './personal-codec';
import { recordsFromRows } from './read-records';
import { onCommitted, onPurged } from './write-listeners';

/**
 * Free-text search over personal text (requester names and institutions, question texts,
 * notes): an in-memory MiniSearch index built from decrypted records after unlock and dropped
 * at lock (ARCHITECTURE.md, Data). Nothing of it is ever written to disk. Writes keep it
 * current; the inquiries list and GDPR look-ups ("what do we hold about this person") use it.
 */

export type PersonalSearchHit = { id: Id; reference: string; score: number };

export type PersonalSearchState = {
  status: 'empty' | 'building' | 'ready';
  indexed: number;
};

type IndexedInquiry = {
  id: Id;
  reference: string;
  requesterName: string;
  institution: string;
  questions: string;
  notes: string;
};

type SearchIndex = {
  miniSearch: MiniSearch<IndexedInquiry>;
  state: PersonalSearchState;
  listeners: Set<() => void>;
  generation: number;
};

const indexes = new WeakMap<MedinfoDatabase, SearchIndex>();

/** Lower case without accents, ß as ss: "Müller" finds "muller", "Größe" finds "grosse". */
function normalizeTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/gu, 'ss');
}

function newMiniSearch(): MiniSearch<IndexedInquiry> {
  return new MiniSearch<IndexedInquiry>({
    fields: ['requesterName', 'institution', 'questions', 'notes'],
    storeFields: ['reference'],
    processTerm: normalizeTerm,
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { requesterName: 2 } },
  });
}

function toIndexed(inquiry: Inquiry): IndexedInquiry {
  return {
    id: inquiry.id,
    reference: inquiry.reference,
    requesterName: inquiry.personal.requester.name ?? '',
    institution: inquiry.personal.requester.institution ?? '',
    questions: inquiry.personal.questions.map((question) => question.text).join('\n'),
    notes: inquiry.personal.notes,
  };
}

function indexOf(db: MedinfoDatabase): SearchIndex {
  const existing = indexes.get(db);
  if (existing) return existing;
  const index: SearchIndex = {
    miniSearch: newMiniSearch(),
    state: { status: 'empty', indexed: 0 },
    listeners: new Set(),
    generation: 0,
  };
  indexes.set(db, index);
  onKeyringLocked(db, () => reset(index));
  onCommitted(db, (changes) => {
    for (const { table, after } of changes) {
      if (table === 'inquiries') put(index, after as Inquiry); // as: changes of the inquiries table
    }
  });
  onPurged(db, (_table, id) => {
    if (index.miniSearch.has(id)) index.miniSearch.discard(id);
  });
  return index;
}

function put(index: SearchIndex, inquiry: Inquiry): void {
  if (index.state.status === 'empty') return;
  if (index.miniSearch.has(inquiry.id)) index.miniSearch.discard(inquiry.id);
  if (!inquiry.deleted && personalProblemOf(inquiry) === null)
    index.miniSearch.add(toIndexed(inquiry));
}

function setState(index: SearchIndex, state: PersonalSearchState): void {
  index.state = state;
  for (const listener of index.listeners) listener();
}

/** Drops everything the index holds (at lock): decrypted text must not outlive the session. */
function reset(index: SearchIndex): void {
  index.generation += 1;
  index.miniSearch = newMiniSearch();
  setState(index, { status: 'empty', indexed: 0 });
}

/**
 * Builds the index from every inquiry, page by page (decrypting after each query). Call after
 * unlock; a lock during the build stops it. Resolves when the index is ready (or stopped).
 * Throws StoreLockedError when called while locked.
 */
export async function buildPersonalSearchIndex(db: MedinfoDatabase, pageSize = 500): Promise<void> {
  requireKeyring(db);
  const index = indexOf(db);
  reset(index);
  const generation = index.generation;
  setState(index, { status: 'building', indexed: 0 });
  let lastId = '';
  for (;;) {
    const rows = await db.inquiries.where(':id').above(lastId).limit(pageSize).toArray();
    if (generation !== index.generation) return;
    const inquiries = await recordsFromRows(
      db,
      'inquiries',
      rows.filter((row) => !row.deleted),
    );
    if (generation !== index.generation) return;
    index.miniSearch.addAll(
      inquiries.filter((inquiry) => personalProblemOf(inquiry) === null).map(toIndexed),
    );
    setState(index, { status: 'building', indexed: index.miniSearch.documentCount });
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) break;
    lastId = last.id;
  }
  setState(index, { status: 'ready', indexed: index.miniSearch.documentCount });
}

/**
 * Inquiries whose personal text matches `query` (every word, prefixes and small typos allowed),
 * best first. Empty while the index is not built (or the store is locked).
 */
export function searchPersonalText(
  db: MedinfoDatabase,
  query: string,
  limit = 50,
): PersonalSearchHit[] {
  const index = indexOf(db);
  if (query.trim() === '' || index.state.status === 'empty') return [];
  return index.miniSearch
    .search(query)
    .slice(0, limit)
    .map((result) => ({
      id: String(result.id),
      reference: String(result.reference),
      score: result.score,
    }));
}

/** Where the index of `db` stands. */
export function getPersonalSearchState(db: MedinfoDatabase): PersonalSearchState {
  return indexOf(db).state;
}

/** Calls `listener` when the index of `db` changes state; returns the unsubscribe function. */
export function subscribePersonalSearch(db: MedinfoDatabase, listener: () => void): () => void {
  const index = indexOf(db);
  index.listeners.add(listener);
  return () => index.listeners.delete(listener);
}
