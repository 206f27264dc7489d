import { describe, expect, it } from 'vitest';
import {
  createFirstAccount,
  createInquiry,
  getInquiry,
  listSignatures,
  recordCustomResponseReview,
  recordSentLetter,
  signElectronically,
  submitCustomResponse,
  verifySignature,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import {
  customResponseSignedContent,
  responseSignatureTable,
  sentLetterSignedContent,
} from '../../../src/shared/documents';
import type { User } from '../../../src/shared/schemas';
import type { ElectronicSignature } from '../../../src/shared/signatures';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt, openTestStore, testKdfCost } from './store-fixtures';

const password = 'letters-signing-2026';
const documentId = '01930000-0000-7000-8000-000000000201';
const responseId = '01930000-0000-7000-8000-000000000601';

async function specialist(): Promise<{ db: MedinfoDatabase; user: User }> {
  const db = await openTestStore({ isLocked: true });
  const user = await createFirstAccount(
    db,
    {
      username: 'tobias',
      displayName: 'Dr. Tobias Berger',
      jobTitle: 'Senior Medical Information Specialist',
      email: null,
      role: 'mi-specialist',
      password,
    },
    { kdfCost: testKdfCost },
  );
  return { db, user };
}

async function signAs(
  db: MedinfoDatabase,
  user: User,
  meaning: 'sent' | 'reviewed',
  content: { binding: ElectronicSignature['binding']; record: unknown },
): Promise<ElectronicSignature> {
  const signature = await signElectronically(db, {
    signerUserId: user.id,
    username: user.username,
    password,
    meaning,
    ...content,
  });
  if (signature.kind !== 'electronic') throw new Error('Expected an electronic signature');
  return signature;
}

describe('a letter recorded as sent', () => {
  it('names its documents, language and PDF hash, and its "sent" signature verifies', async () => {
    const { db, user } = await specialist();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const content = {
      id: responseId,
      method: 'email' as const,
      language: 'de',
      documentIds: [documentId],
      recipients: ['requester' as const],
      letterContentSha256: 'a'.repeat(64),
    };
    const signature = await signAs(db, user, 'sent', sentLetterSignedContent(content));
    const after = await recordSentLetter(
      db,
      inquiry.id,
      {
        ...content,
        sentAt: '2026-03-16T10:20:00.000+01:00',
        pdfSha256: 'b'.repeat(64),
        signatureId: signature.id,
      },
      [signature],
      actorAt('2026-03-16T10:20:00.000+01:00', user.id),
    );
    const [response] = after.responses;
    expect(response).toMatchObject({
      id: responseId,
      sentBy: user.id,
      documentIds: [documentId],
      language: 'de',
      pdfSha256: 'b'.repeat(64),
      signatureId: signature.id,
      reviewSignatureId: null,
    });
    const [stored] = await listSignatures(db, {
      table: responseSignatureTable,
      recordId: responseId,
    });
    expect(stored?.id).toBe(signature.id);
    expect(await verifySignature(db, signature, response)).toMatchObject({ isValid: true });
    const otherDocuments = { ...response, documentIds: ['01930000-0000-7000-8000-000000000299'] };
    expect(await verifySignature(db, signature, otherDocuments)).toMatchObject({
      isValid: false,
      problem: 'content-changed',
    });
  });
});

describe('a custom response', () => {
  it('waits for review with its texts kept personal, then is reviewed with a signature', async () => {
    const { db, user } = await specialist();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    const texts = {
      [documentId]: 'Bei Ihrer Patientin empfehlen wir, drei Tage vorher zu pausieren.',
    };
    const { customResponse } = await submitCustomResponse(
      db,
      inquiry.id,
      { method: 'letter', language: 'de', documentIds: [documentId], texts },
      actorAt(),
    );
    const author = await signAs(db, user, 'reviewed', customResponseSignedContent(customResponse));
    await expect(
      recordCustomResponseReview(
        db,
        inquiry.id,
        customResponse.id,
        author,
        actorAt(undefined, customResponse.preparedBy),
      ),
    ).rejects.toThrow('someone other than its author');
    const waiting = await getInquiry(db, inquiry.id);
    expect(waiting?.customResponses.map((custom) => custom.status)).toEqual(['awaiting-review']);
    expect(waiting?.personal.customResponseTexts[customResponse.id]).toEqual(texts);
    // The texts are personal: not in the stored row's clear fields.
    const row = await db.inquiries.get(inquiry.id);
    expect(JSON.stringify(row)).not.toContain('drei Tage');

    const review = await signAs(db, user, 'reviewed', customResponseSignedContent(customResponse));
    const reviewed = await recordCustomResponseReview(
      db,
      inquiry.id,
      customResponse.id,
      review,
      actorAt('2026-03-16T11:00:00.000+01:00', user.id),
    );
    expect(reviewed.customResponses[0]).toMatchObject({
      status: 'reviewed',
      reviewSignatureId: review.id,
    });
    await expect(
      recordCustomResponseReview(db, inquiry.id, customResponse.id, review, actorAt()),
    ).rejects.toThrow('not waiting for review');
  });
});
