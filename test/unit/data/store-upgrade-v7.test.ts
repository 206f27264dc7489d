import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  getDocument,
  listDocumentVersions,
  openDatabase,
  saveDocument,
} from '../../../src/renderer/src/data';
import { storeSchemaVersion1 } from '../../../src/renderer/src/data/db';
import { createLibrarySearch } from '../../../src/shared/library/search';
import { listProducts } from '../../../src/renderer/src/data';
import { sampleProduct, testIds } from '../shared/fixtures';
import { actorAt } from './store-fixtures';

/** A document exactly as store version 1 wrote it (integer version, `source` references). */
const yesterdaysDocument = {
  id: testIds.record,
  createdAt: '2026-01-05T09:00:00.000+01:00',
  updatedAt: '2026-01-05T09:00:00.000+01:00',
  updatedAtUtc: '2026-01-05T08:00:00.000Z',
  createdBy: testIds.user,
  updatedBy: testIds.user,
  serverRevision: null,
  deleted: false,
  reference: 'SRD-TST-001',
  kind: 'srd',
  title: 'Testivex: renal impairment',
  productIds: [testIds.product],
  topics: ['renal'],
  audience: 'hcp',
  language: 'en',
  summary: 'No dose adjustment.',
  body: 'Exposure rose 1.6-fold.',
  references: [
    {
      authors: 'Aasheim R, Kvale T',
      title: 'Renal PK',
      source: 'Data on file',
      year: 2018,
      doi: null,
    },
  ],
  version: 3,
  status: 'approved',
  effectiveDate: '2025-01-01',
  reviewDate: '2027-01-01',
  variantGroupId: testIds.record,
};

describe('store upgrade to version 7 (the library)', () => {
  it('opens yesterday’s version-1 store with its rows and reads its documents in today’s shape', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const yesterday = new Dexie(name);
    yesterday.version(1).stores(storeSchemaVersion1);
    await yesterday.open();
    await yesterday.table('products').put(sampleProduct());
    await yesterday.table('documents').put(yesterdaysDocument);
    yesterday.close();

    const db = await openDatabase({ name });
    expect(db.verno).toBe(7);
    const document = await getDocument(db, testIds.record);
    expect(document).toMatchObject({
      version: '3.0',
      lineageId: testIds.record,
      approval: null,
      references: [{ authors: ['Aasheim R, Kvale T'], journal: 'Data on file' }],
    });
    // Stored rows are not rewritten by the upgrade (decision 0031)…
    expect((await db.documents.get(testIds.record))?.version).toBe(3);
    // …yet they appear in version history and search, and can be changed.
    expect(await listDocumentVersions(db, testIds.record)).toHaveLength(1);
    const search = createLibrarySearch(document ? [document] : [], await listProducts(db), {
      today: () => '2026-06-01',
    });
    expect(search.search('testivex renal')[0]?.documentId).toBe(testIds.record);
    if (document) await saveDocument(db, { ...document, status: 'retired' }, actorAt());
    expect((await db.documents.get(testIds.record))?.version).toBe('3.0');
    expect(await db.documentUses.count()).toBe(0);
    await db.delete();
  });
});
