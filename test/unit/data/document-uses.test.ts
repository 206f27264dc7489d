import { describe, expect, it } from 'vitest';
import {
  countDocumentUses,
  createInquiry,
  importLibraryBundle,
  listDocumentUseCounts,
  listDocuments,
  recordDocumentUse,
  DocumentNotSendableError,
  RecordNotFoundError,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { parseLibraryBundle } from '../../../src/shared/library/bundle';
import { readFileSync } from 'node:fs';
import { sampleInquiry, testIds } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

async function setUp(
  db: MedinfoDatabase,
): Promise<{ inquiryId: string; byReference: Map<string, string> }> {
  const parsed = parseLibraryBundle(
    JSON.parse(readFileSync('test/fixtures/library/velorix-bundle.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importLibraryBundle(db, parsed.bundle, actorAt());
  const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
  const documents = await listDocuments(db);
  return {
    inquiryId: inquiry.id,
    byReference: new Map(documents.map((document) => [document.reference ?? '', document.id])),
  };
}

describe('usage tracking', () => {
  it('records each use against the inquiry question, queued for sync, and counts them', async () => {
    const db = await openTestStore();
    const { inquiryId, byReference } = await setUp(db);
    const documentId = byReference.get('SRD-VLX-001') ?? '';
    const use = { documentId, inquiryId, questionId: testIds.question };
    await recordDocumentUse(db, { ...use, kind: 'sent' }, actorAt());
    await recordDocumentUse(db, { ...use, kind: 'sent' }, actorAt());
    await recordDocumentUse(db, { ...use, kind: 'verbal' }, actorAt());
    expect(await countDocumentUses(db, documentId)).toEqual({ sent: 2, verbal: 1 });
    expect((await listDocumentUseCounts(db)).get(documentId)).toEqual({ sent: 2, verbal: 1 });
    expect(
      await db.outbox
        .where('[table+recordId]')
        .between(['documentUses', ''], ['documentUses', '\uffff'])
        .count(),
    ).toBe(3);
  });

  it('refuses an expired document, sent or read out, and records nothing', async () => {
    const db = await openTestStore();
    const { inquiryId, byReference } = await setUp(db);
    const expired = byReference.get('FAQ-VLX-001') ?? '';
    const use = {
      documentId: expired,
      inquiryId,
      questionId: testIds.question,
      kind: 'verbal' as const,
    };
    const error: unknown = await recordDocumentUse(db, use, actorAt()).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DocumentNotSendableError);
    expect(error).toMatchObject({ availability: 'expired' });
    expect(await db.documentUses.count()).toBe(0);
  });

  it('refuses a question the inquiry does not have', async () => {
    const db = await openTestStore();
    const { inquiryId, byReference } = await setUp(db);
    const use = {
      documentId: byReference.get('SRD-VLX-001') ?? '',
      inquiryId,
      questionId: testIds.secondQuestion,
      kind: 'sent' as const,
    };
    await expect(recordDocumentUse(db, use, actorAt())).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
