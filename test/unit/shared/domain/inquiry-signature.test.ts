import { describe, expect, it } from 'vitest';
import {
  currentValidSignature,
  reviewSignatures,
  signatureBindingHash,
  signedContentOf,
} from '../../../../src/shared/domain';
import type { Inquiry } from '../../../../src/shared/schemas';
import { sampleStoredInquiry, testIds } from '../fixtures';

const image =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const signatureId = '01930000-0000-7000-8000-0000000000f9';

/** The sample inquiry signed by its requester over its current content. */
function signedInquiry(): Inquiry {
  const inquiry = sampleStoredInquiry();
  const signedAt = '2026-03-02T09:36:00.000+01:00';
  const printedName = 'Erika Musterfrau';
  const contentHash = signatureBindingHash({
    content: signedContentOf(inquiry),
    meaning: 'request-confirmation',
    signedAt,
    printedName,
    image,
  });
  return {
    ...inquiry,
    signatures: [
      {
        id: signatureId,
        signedAt,
        meaning: 'request-confirmation',
        contentHash,
        witnessedBy: testIds.user,
      },
    ],
    personal: { ...inquiry.personal, signatures: { [signatureId]: { printedName, image } } },
  };
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

  it('cannot be copied to another inquiry or given another printed name', () => {
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
        signatures: { [signatureId]: { printedName: 'Someone Else', image } },
      },
    };
    expect(stateOf(renamed)).toBe('content-changed');
  });

  it('keeps both signatures when the content changed and the HCP signed again', () => {
    const first = signedInquiry();
    const changed: Inquiry = { ...first, consentToContact: false };
    const secondId = '01930000-0000-7000-8000-0000000000fa';
    const signedAt = '2026-03-02T09:40:00.000+01:00';
    const contentHash = signatureBindingHash({
      content: signedContentOf(changed),
      meaning: 'request-confirmation',
      signedAt,
      printedName: 'Erika Musterfrau',
      image,
    });
    const resigned: Inquiry = {
      ...changed,
      signatures: [
        ...changed.signatures,
        {
          id: secondId,
          signedAt,
          meaning: 'request-confirmation',
          contentHash,
          witnessedBy: testIds.user,
        },
      ],
      personal: {
        ...changed.personal,
        signatures: {
          ...changed.personal.signatures,
          [secondId]: { printedName: 'Erika Musterfrau', image },
        },
      },
    };
    expect(reviewSignatures(resigned).map((review) => review.state)).toEqual([
      'content-changed',
      'valid',
    ]);
    expect(currentValidSignature(resigned)?.signature.id).toBe(secondId);
  });
});
