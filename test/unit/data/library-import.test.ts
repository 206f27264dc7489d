import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  approveDocument,
  exportLibraryBundle,
  importLibraryBundle,
  listDocuments,
  listDocumentVersions,
  LibraryImportError,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { parseLibraryBundle, type LibraryBundle } from '../../../src/shared/library/bundle';
import { approverId, seedLibraryPeople, signatureFor } from './library-fixtures';
import { actorAt, openTestStore } from './store-fixtures';

function fixtureBundle(): LibraryBundle {
  const json: unknown = JSON.parse(
    readFileSync('test/fixtures/library/velorix-bundle.json', 'utf8'),
  );
  const result = parseLibraryBundle(json);
  if (!result.ok) throw new Error(result.error);
  return result.bundle;
}

async function footprint(db: MedinfoDatabase): Promise<number[]> {
  return Promise.all([
    db.products.count(),
    db.documents.count(),
    db.blobs.count(),
    db.outbox.count(),
    db.audit.count(),
  ]);
}

describe('library bundle import', () => {
  it('imports products, documents and attachments, with stable ids and variants linked', async () => {
    const db = await openTestStore();
    const summary = await importLibraryBundle(db, fixtureBundle(), actorAt());
    expect(summary.products).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(summary.documents).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const documents = await listDocuments(db);
    const english = documents.find((document) => document.reference === 'SRD-VLX-001');
    const german = documents.find((document) => document.reference === 'SRD-VLX-001-DE');
    expect(english?.variantGroupId).toBe(german?.variantGroupId);
    expect(english?.origin).toMatchObject({ kind: 'bundle', externalId: 'd-velorix-hepatic' });
    const [attachment] = english?.attachments ?? [];
    expect(attachment?.role).toBe('prescribing-information');
    expect((await db.blobs.get(attachment?.sha256 ?? ''))?.bytes.byteLength).toBe(
      attachment?.byteLength,
    );
  });

  it('updates on re-import and never duplicates', async () => {
    const db = await openTestStore();
    await importLibraryBundle(db, fixtureBundle(), actorAt());
    const before = await footprint(db);
    const again = await importLibraryBundle(db, fixtureBundle(), actorAt());
    expect(again.documents).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(await footprint(db)).toEqual(before);
    const changed = fixtureBundle();
    const [first] = changed.documents;
    if (first) first.summary = 'A corrected summary.';
    const third = await importLibraryBundle(db, changed, actorAt());
    expect(third.documents).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(await db.documents.count()).toBe(4);
  });

  it('refuses a bundle whose attachment does not match its digest, keeping nothing of it', async () => {
    const db = await openTestStore();
    const before = await footprint(db);
    const bundle = fixtureBundle();
    const attachment = bundle.documents[0]?.attachments[0];
    if (attachment) attachment.sha256 = '0'.repeat(64);
    await expect(importLibraryBundle(db, bundle, actorAt())).rejects.toThrow(
      new LibraryImportError('documents[0].attachments[0].sha256: does not match the file'),
    );
    expect(await footprint(db)).toEqual(before);
  });

  it('refuses to change a version signed on this device and keeps the signed content', async () => {
    const db = await openTestStore();
    await seedLibraryPeople(db);
    const bundle = fixtureBundle();
    const [entry] = bundle.documents;
    if (entry) entry.status = 'in-review';
    await importLibraryBundle(db, bundle, actorAt());
    const [document] = (await listDocuments(db)).filter((d) => d.reference === 'SRD-VLX-001');
    if (!document) throw new Error('imported');
    const approver = actorAt('2026-03-02T12:00:00.000+01:00', approverId);
    await approveDocument(db, document.id, signatureFor(document), approver);
    const before = await footprint(db);
    if (entry) {
      entry.status = 'approved';
      entry.body = 'Quietly rewritten.';
    }
    await expect(importLibraryBundle(db, bundle, actorAt())).rejects.toThrow(
      /documents\[0\]: version 2\.0 was approved on this device/,
    );
    expect(await footprint(db)).toEqual(before);
  });

  it('retires an approved version when the bundle brings a newer approved one', async () => {
    const db = await openTestStore();
    const bundle = fixtureBundle();
    const [current] = bundle.documents;
    if (!current) throw new Error('fixture');
    bundle.documents.push({ ...current, version: '1.0', attachments: [], summary: 'Older text.' });
    await importLibraryBundle(db, bundle, actorAt());
    const [document] = (await listDocuments(db)).filter((d) => d.title === current.title);
    const versions = await listDocumentVersions(db, document?.lineageId ?? '');
    expect(versions.map(({ version, status }) => [version, status])).toEqual([
      ['2.0', 'approved'],
      ['1.0', 'retired'],
    ]);
    expect((await importLibraryBundle(db, bundle, actorAt())).documents.unchanged).toBe(5);
  });

  it('exports a bundle that imports as the same records, here and on another device', async () => {
    const db = await openTestStore();
    await importLibraryBundle(db, fixtureBundle(), actorAt());
    const { bundle, missingAttachments } = await exportLibraryBundle(db, actorAt().at);
    expect(missingAttachments).toEqual([]);
    const reparsed = parseLibraryBundle(JSON.parse(JSON.stringify(bundle)));
    if (!reparsed.ok) throw new Error(reparsed.error);
    expect((await importLibraryBundle(db, reparsed.bundle, actorAt())).documents.created).toBe(0);
    const other = await openTestStore();
    await importLibraryBundle(other, reparsed.bundle, actorAt());
    const ids = async (store: MedinfoDatabase): Promise<string[]> =>
      (await listDocuments(store)).map((document) => document.id).sort();
    expect(await ids(other)).toEqual(await ids(db));
    expect(await other.blobs.count()).toBe(1);
  });
});
