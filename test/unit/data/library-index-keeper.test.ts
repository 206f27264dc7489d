import { readFileSync } from 'node:fs';
import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  createInThreadSearchService,
  importLibraryBundle,
  listDocuments,
  saveDocument,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { createLibraryIndexKeeper } from '../../../src/renderer/src/data/search/library-index-keeper';
import { libraryChangeOf } from '../../../src/renderer/src/data/search/library-changes';
import { parseLibraryBundle } from '../../../src/shared/library/bundle';
import { actorAt, openTestStore } from './store-fixtures';

/** A write after the import: every write stamps a new updatedAt, the index's revision. */
const later = actorAt('2026-03-02T10:05:00.000+01:00');

async function importFixture(db: MedinfoDatabase): Promise<void> {
  const parsed = parseLibraryBundle(
    JSON.parse(readFileSync('test/fixtures/library/velorix-bundle.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importLibraryBundle(db, parsed.bundle, actorAt());
}

describe('the library index kept over the store', () => {
  it('builds once, then later starts load the saved index instead of rebuilding', async () => {
    const db = await openTestStore({ withDemoData: true });
    const first = await createLibraryIndexKeeper(db).load();
    expect(first).toMatchObject({ state: 'ready', source: 'rebuilt' });
    expect(await db.searchIndex.count()).toBe(1);
    const second = createLibraryIndexKeeper(db);
    expect(await second.load()).toMatchObject({ state: 'ready', source: 'persisted' });
    expect(second.search('cardivx renal')[0]?.document.title).toMatch(/renal impairment/);
  });

  it('catches up with documents written while it was closed', async () => {
    const db = await openTestStore({ withDemoData: true });
    await createLibraryIndexKeeper(db).load();
    await importFixture(db);
    const keeper = createLibraryIndexKeeper(db);
    const status = await keeper.load();
    expect(status).toMatchObject({ state: 'ready', source: 'rebuilt' });
    // The import added a product: new synonyms mean a rebuild. Document changes alone do not.
    const [document] = (await listDocuments(db)).filter((d) => d.reference === 'SRD-VLX-001');
    if (document)
      await saveDocument(db, { ...document, title: `${document.title} and cirrhosis` }, later);
    expect(await createLibraryIndexKeeper(db).load()).toMatchObject({ source: 'caught-up' });
  });

  it('follows writes while open: a refresh indexes the changed document only', async () => {
    const db = await openTestStore({ withDemoData: true });
    await importFixture(db);
    const keeper = createLibraryIndexKeeper(db);
    await keeper.load();
    expect(keeper.search('cirrhosis')).toEqual([]);
    const [document] = (await listDocuments(db)).filter((d) => d.reference === 'SRD-VLX-001');
    if (!document) throw new Error('fixture');
    await saveDocument(db, { ...document, title: `${document.title} and cirrhosis` }, later);
    expect(await keeper.refresh([document.id])).toMatchObject({ source: 'caught-up' });
    expect(keeper.search('cirrhosis')[0]?.documentId).toBe(document.id);
  });

  it('answers searches in this thread and re-indexes when the store changes', async () => {
    const db = await openTestStore({ withDemoData: true });
    const service = createInThreadSearchService(db);
    expect((await service.search('zantarelin', {})).hits).toEqual([]);
    await importFixture(db);
    await expect
      .poll(
        async () => (await service.search('zantarelin hepatic', {})).hits[0]?.document.reference,
      )
      .toBe('SRD-VLX-001');
  });
});

describe('change notifications', () => {
  it('name the documents written, or say "all" when Dexie reports a range', () => {
    const written = new RangeSet().addKeys(['a', 'b']);
    expect(libraryChangeOf({ 'idb://store/documents/': written }, 'store')).toEqual({
      isLibraryChange: true,
      documentIds: expect.arrayContaining(['a', 'b']) as unknown,
    });
    const cleared = new RangeSet(-Infinity, [[]]);
    expect(libraryChangeOf({ 'idb://store/documents/': cleared }, 'store').documentIds).toBeNull();
    expect(libraryChangeOf({ 'idb://store/inquiries/': written }, 'store').isLibraryChange).toBe(
      false,
    );
    expect(libraryChangeOf({ 'idb://store/products/': written }, 'store')).toEqual({
      isLibraryChange: true,
      documentIds: [],
    });
  });
});
