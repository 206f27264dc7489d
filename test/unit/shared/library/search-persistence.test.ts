import { describe, expect, it } from 'vitest';
import { createLibrarySearch, loadLibrarySearch } from '../../../../src/shared/library/search';
import { libraryDocument, libraryProducts } from './library-fixtures';

const today = (): string => '2026-06-01';
const options = { today };

function library(): ReturnType<typeof libraryDocument>[] {
  return [
    libraryDocument({ title: 'Cardivex: renal impairment' }),
    libraryDocument({ title: 'Cardivex: pregnancy' }),
    libraryDocument({ title: 'Cardivex: storage' }),
  ];
}

/** What IndexedDB hands back: a structured clone of what was stored. */
const stored = <T>(value: T): T => structuredClone(value);

describe('library search persistence', () => {
  it('loads a saved index without re-indexing and answers as the original did', () => {
    const documents = library();
    const original = createLibrarySearch(documents, libraryProducts, options);
    const loaded = loadLibrarySearch(
      stored(original.toPersisted()),
      documents,
      libraryProducts,
      options,
    );
    expect(loaded.source).toBe('persisted');
    expect(loaded.changes).toEqual({ added: 0, replaced: 0, discarded: 0 });
    const query = 'cardvex pregnency';
    expect(loaded.search.search(query)).toEqual(original.search(query));
    expect(loaded.search.fingerprint()).toBe(original.fingerprint());
  });

  it('catches up with documents changed, added and deleted since it was saved', () => {
    const [renal, pregnancy, storage] = library();
    if (!renal || !pregnancy || !storage) throw new Error('fixture');
    const saved = stored(
      createLibrarySearch([renal, pregnancy, storage], libraryProducts, options).toPersisted(),
    );
    const changed = {
      ...renal,
      title: 'Cardivex: kidney disease',
      updatedAt: '2026-02-01T09:00:00.000+01:00',
    };
    const added = libraryDocument({ title: 'Cardivex: crushing tablets' });
    const deleted = { ...storage, deleted: true };
    const loaded = loadLibrarySearch(
      saved,
      [changed, pregnancy, deleted, added],
      libraryProducts,
      options,
    );
    expect(loaded.source).toBe('caught-up');
    expect(loaded.changes).toEqual({ added: 1, replaced: 1, discarded: 1 });
    expect(loaded.search.search('kidney')[0]?.documentId).toBe(renal.id);
    expect(loaded.search.search('renal')).toEqual([]);
    expect(loaded.search.search('storage')).toEqual([]);
    expect(loaded.search.search('crushing')[0]?.documentId).toBe(added.id);
  });

  it('rebuilds when the products (and so the synonyms) changed', () => {
    const documents = library();
    const saved = stored(createLibrarySearch(documents, libraryProducts, options).toPersisted());
    const renamed = libraryProducts.map((product, index) =>
      index === 0 ? { ...product, synonyms: [...product.synonyms, 'Cardivexa'] } : product,
    );
    const loaded = loadLibrarySearch(saved, documents, renamed, options);
    expect(loaded.source).toBe('rebuilt');
    expect(loaded.search.search('cardivexa')).toHaveLength(3);
  });

  it('updates incrementally: a new revision replaces, a tombstone removes', () => {
    const [renal] = library();
    if (!renal) throw new Error('fixture');
    const search = createLibrarySearch([renal], libraryProducts, options);
    expect(search.upsert(renal)).toBe(false);
    const retitled = {
      ...renal,
      title: 'Cardivex: hepatic impairment',
      updatedAt: '2026-03-01T10:00:00.000+01:00',
    };
    expect(search.upsert(retitled)).toBe(true);
    expect(search.search('hepatic')[0]?.documentId).toBe(renal.id);
    expect(search.search('renal')).toEqual([]);
    expect(search.upsert({ ...retitled, deleted: true })).toBe(true);
    expect(search.search('hepatic')).toEqual([]);
    expect(search.size).toBe(0);
  });
});
