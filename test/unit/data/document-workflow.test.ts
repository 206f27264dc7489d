import { describe, expect, it } from 'vitest';
import {
  approveDocument,
  createNextDocumentVersion,
  editDraftDocument,
  getDocument,
  listDocumentVersions,
  retireDocument,
  returnDocumentToDraft,
  submitDocumentForReview,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import type { ResponseDocument } from '../../../src/shared/schemas';
import {
  approverId,
  draftDocument,
  officerId,
  seedLibraryPeople,
  signatureFor,
} from './library-fixtures';
import { actorAt, openTestStore } from './store-fixtures';

const approverActs = actorAt('2026-03-02T11:00:00.000+01:00', approverId);

async function inReview(db: MedinfoDatabase): Promise<ResponseDocument> {
  const draft = await draftDocument(db);
  return submitDocumentForReview(db, draft.id, actorAt());
}

describe('document workflow: draft → in review → approved → retired', () => {
  it('approves a reviewed document with a signature bound to its exact content', async () => {
    const db = await openTestStore();
    await seedLibraryPeople(db);
    const document = await inReview(db);
    const approved = await approveDocument(db, document.id, signatureFor(document), approverActs);
    expect(approved.status).toBe('approved');
    expect(approved.approval).toMatchObject({
      printedName: 'Dr. Ingrid Solheim',
      meaning: 'approved',
    });
    expect((await getDocument(db, document.id))?.approval?.contentHash).toBe(
      signatureFor(document).contentHash,
    );
    // Created, submitted, approved: three changes queued for the server.
    const outbox = await db.outbox
      .where('[table+recordId]')
      .equals(['documents', document.id])
      .count();
    expect(outbox).toBe(3);
  });

  it('refuses a signature made for other content, and changes nothing', async () => {
    const db = await openTestStore();
    await seedLibraryPeople(db);
    const document = await inReview(db);
    const other = signatureFor({ ...document, body: 'Another text.' });
    await expect(approveDocument(db, document.id, other, approverActs)).rejects.toMatchObject({
      reason: 'signature-mismatch',
    });
    expect((await getDocument(db, document.id))?.status).toBe('in-review');
  });

  it('lets only an active content approver approve, signing for themselves', async () => {
    const db = await openTestStore();
    await seedLibraryPeople(db);
    const document = await inReview(db);
    const officer = actorAt('2026-03-02T11:00:00.000+01:00', officerId);
    await expect(
      approveDocument(db, document.id, signatureFor(document, officerId), officer),
    ).rejects.toMatchObject({ reason: 'signer-not-approver' });
    await expect(
      approveDocument(db, document.id, signatureFor(document), officer),
    ).rejects.toMatchObject({ reason: 'signer-not-actor' });
  });

  it('approves only documents in review, and edits only drafts', async () => {
    const db = await openTestStore();
    await seedLibraryPeople(db);
    const draft = await draftDocument(db);
    await expect(
      approveDocument(db, draft.id, signatureFor(draft), approverActs),
    ).rejects.toMatchObject({
      reason: 'wrong-status',
    });
    const edited = await editDraftDocument(
      db,
      draft.id,
      { summary: 'Revised summary.' },
      actorAt(),
    );
    expect(edited.summary).toBe('Revised summary.');
    const reviewed = await submitDocumentForReview(db, draft.id, actorAt());
    await expect(
      editDraftDocument(db, reviewed.id, { summary: 'Too late.' }, actorAt()),
    ).rejects.toMatchObject({
      reason: 'wrong-status',
    });
    expect((await returnDocumentToDraft(db, draft.id, actorAt())).status).toBe('draft');
  });

  it('lets a new version supersede the old one when it is approved', async () => {
    const db = await openTestStore();
    await seedLibraryPeople(db);
    const first = await inReview(db);
    await approveDocument(db, first.id, signatureFor(first), approverActs);
    const next = await createNextDocumentVersion(db, first.id, approverActs);
    expect(next).toMatchObject({
      version: '2.0',
      status: 'draft',
      lineageId: first.lineageId,
      supersedesId: first.id,
      approval: null,
    });
    await expect(createNextDocumentVersion(db, first.id, approverActs)).rejects.toMatchObject({
      reason: 'open-version-exists',
    });
    const reviewed = await submitDocumentForReview(db, next.id, approverActs);
    await approveDocument(db, next.id, signatureFor(reviewed), approverActs);
    const versions = await listDocumentVersions(db, first.lineageId);
    expect(versions.map(({ version, status }) => [version, status])).toEqual([
      ['2.0', 'approved'],
      ['1.0', 'retired'],
    ]);
    // The retired version keeps its signature, still valid for its content.
    expect(versions[1]?.approval?.contentHash).toBe(signatureFor(first).contentHash);
    expect((await retireDocument(db, next.id, approverActs)).status).toBe('retired');
  });
});
