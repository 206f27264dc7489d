import { describe, expect, it } from 'vitest';
import { currentValidSignature, reviewSignatures } from '../../../../src/shared/domain';
import type { Inquiry } from '../../../../src/shared/schemas';
import { sampleStoredInquiry, signatureImage, testIds, withHcpSignature } from '../fixtures';

const image = signatureImage;
const signatureId = '01930000-0000-7000-8000-0000000000f9';

/** The sample inquiry signed by its requester over its current content. */
function signedInquiry(): Inquiry {
  return withHcpSignature(sampleStoredInquiry(), {
    id: signatureId,
    signedAt: '2026-03-02T09:36:00.000+01:00',
  });
}

function stateOf(inquiry: Inquiry): string | undefined {
  return reviewSignatures(inquiry)[0]?.state;
}

describe('an HCP signature bound to what was signed', () => {
  it('is valid for the content it was given for', () => {
    const inquiry = signedInquiry();
    expect(stateOf(inquiry)).toBe('valid');
    expect(currentValidSignature(inquiry)?.signature.id).toBe(signatureId);
  });

  it('is invalidated by a change to any signed field', () => {
    const inquiry = signedInquiry();
    const changedQuestion: Inquiry = {
      ...inquiry,
      personal: {
        ...inquiry.personal,
        questions: [{ questionId: testIds.question, text: 'Can it be taken with grapefruit?' }],
      },
    };
    const changedEmail: Inquiry = {
      ...inquiry,
      personal: {
        ...inquiry.personal,
        requester: { ...inquiry.personal.requester, email: 'someone.else@example.org' },
      },
    };
    const changedConsent: Inquiry = { ...inquiry, consentToContact: false };
    const changedProduct: Inquiry = { ...inquiry, productIds: [testIds.record] };
    for (const changed of [changedQuestion, changedEmail, changedConsent, changedProduct]) {
      expect(stateOf(changed)).toBe('content-changed');
      expect(currentValidSignature(changed)).toBeNull();
    }
  });

  it('survives the officer’s triage: categories, urgency, status and notes are not signed', () => {
    const inquiry = signedInquiry();
    const triaged: Inquiry = {
      ...inquiry,
      urgency: 'urgent',
      status: 'in-progress',
      questions: [
        { id: testIds.question, category: 'dosing-administration', linkedDocumentIds: [] },
      ],
      personal: { ...inquiry.personal, notes: 'Called back, left a message.' },
    };
    expect(stateOf(triaged)).toBe('valid');
  });

  it('cannot be copied to another inquiry or given another signer’s name', () => {
    const inquiry = signedInquiry();
    const other = sampleStoredInquiry({
      questions: [{ id: testIds.secondQuestion, category: 'interactions', linkedDocumentIds: [] }],
      personal: {
        ...inquiry.personal,
        questions: [
          { questionId: testIds.secondQuestion, text: 'Can it be taken with clarithromycin?' },
        ],
        signatures: {},
      },
    });
    const copied: Inquiry = {
      ...other,
      signatures: inquiry.signatures,
      personal: { ...other.personal, signatures: inquiry.personal.signatures },
    };
    expect(stateOf(copied)).toBe('content-changed');
    const renamed: Inquiry = {
      ...inquiry,
      personal: {
        ...inquiry.personal,
        signatures: { [signatureId]: { signerName: 'Someone Else', image } },
      },
    };
    expect(stateOf(renamed)).toBe('not-authentic');
  });

  it('does not hold for another inquiry with the very same content', () => {
    const inquiry = signedInquiry();
    const twin: Inquiry = { ...inquiry, id: testIds.secondQuestion };
    expect(stateOf(twin)).toBe('not-authentic');
    expect(currentValidSignature(twin)).toBeNull();
  });

  it('detects a seal altered after signing: another meaning or time', () => {
    const inquiry = signedInquiry();
    const [signature] = inquiry.signatures;
    if (!signature) throw new Error('the fixture has a signature');
    for (const altered of [
      { ...signature, meaning: 'unsolicited-request' as const },
      { ...signature, signedAt: '2026-03-01T09:36:00.000+01:00' },
    ]) {
      expect(stateOf({ ...inquiry, signatures: [altered] })).toBe('not-authentic');
    }
  });

  it('says so when the name and drawing cannot be read, instead of calling it valid', () => {
    const inquiry = signedInquiry();
    const unreadable: Inquiry = { ...inquiry, personal: { ...inquiry.personal, signatures: {} } };
    expect(stateOf(unreadable)).toBe('missing-image');
    expect(currentValidSignature(unreadable)).toBeNull();
  });

  it('keeps both signatures when the content changed and the HCP signed again', () => {
    const first = signedInquiry();
    const changed: Inquiry = { ...first, consentToContact: false };
    const secondId = '01930000-0000-7000-8000-0000000000fa';
    const resigned = withHcpSignature(changed, {
      id: secondId,
      signedAt: '2026-03-02T09:40:00.000+01:00',
    });
    expect(reviewSignatures(resigned).map((review) => review.state)).toEqual([
      'content-changed',
      'valid',
    ]);
    expect(currentValidSignature(resigned)?.signature.id).toBe(secondId);
  });
});
