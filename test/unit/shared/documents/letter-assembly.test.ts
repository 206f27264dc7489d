import { describe, expect, it } from 'vitest';
import {
  assembleLetterInput,
  buildLetterEmail,
  checkLetterReadiness,
  customResponseSignedContent,
  editedTextsHash,
  isCustomResponse,
  letterContentHash,
  letterFileName,
  linkedDocumentIdsOf,
  sentLetterSignedContent,
  type LetterAssemblyInput,
} from '../../../../src/shared/documents';
import { contentHashOf, signedContentOf } from '../../../../src/shared/signatures';
import {
  documentId,
  libraryDocument,
  otherDocumentId,
} from '../../../fixtures/documents/library-document';
import { sampleProduct, sampleStoredInquiry, testIds } from '../fixtures';

function assembly(overrides: Partial<LetterAssemblyInput> = {}): LetterAssemblyInput {
  return {
    inquiry: sampleStoredInquiry({
      questions: [
        { id: testIds.question, category: 'interactions', linkedDocumentIds: [documentId] },
      ],
    }),
    documents: [libraryDocument()],
    products: [sampleProduct()],
    letterhead: {
      companyName: 'Halvorsen Pharma GmbH',
      department: 'Medical Information',
      addressLines: ['Fjordallee 12', '80333 München'],
      phone: '+49 89 0000 4200',
      email: 'medinfo@halvorsen-pharma.example',
      website: '',
    },
    language: 'de',
    method: 'email',
    author: { printedName: 'Maja Lindqvist', jobTitle: 'Medical Information Officer' },
    letterDate: '2026-03-16',
    generatedAt: '2026-03-16T10:15:00.000+01:00',
    ...overrides,
  };
}

describe('a letter assembled from an inquiry', () => {
  it('answers with the documents linked to the questions, each once', () => {
    const inquiry = {
      questions: [
        {
          id: testIds.question,
          category: 'interactions' as const,
          linkedDocumentIds: [documentId],
        },
        {
          id: testIds.secondQuestion,
          category: 'other' as const,
          linkedDocumentIds: [otherDocumentId, documentId],
        },
      ],
    };
    expect(linkedDocumentIdsOf(inquiry)).toEqual([documentId, otherDocumentId]);
  });

  it('addresses the requester, restates the question and names the product, ready to generate', () => {
    const input = assembleLetterInput(assembly());
    expect(input.recipient).toMatchObject({
      name: 'Dr. Erika Musterfrau',
      institution: 'Klinikum Beispielstadt',
      email: 'erika@example.org',
      country: 'DE',
    });
    expect(input.questions).toEqual(['Can it be taken with clarithromycin?']);
    expect(input.product.brandName).toBe('Testivex');
    expect(input.answers[0]?.document.references[0]).toMatchObject({
      kind: 'structured',
      authors: ['Muster A', 'Beispiel B'],
    });
    expect(checkLetterReadiness(input)).toEqual([]);
  });

  it('asks for a postal address when the letter goes by post', () => {
    const codes = checkLetterReadiness(assembleLetterInput(assembly({ method: 'letter' }))).map(
      (found) => found.code,
    );
    expect(codes).toEqual(['recipient-address-missing']);
  });

  it('refuses an expired document and, for a patient, an HCP document without a reason', () => {
    const inquiry = sampleStoredInquiry({
      requester: { type: 'patient', country: 'DE', preferredLanguage: 'de' },
    });
    const expired = libraryDocument({ reviewDate: '2026-03-01' });
    const codes = checkLetterReadiness(
      assembleLetterInput(assembly({ inquiry, documents: [expired] })),
    ).map((found) => found.code);
    expect(codes).toEqual(['document-expired', 'hcp-document-for-patient']);
    const withReason = assembleLetterInput(
      assembly({ inquiry, patientOverrideReason: 'The patient is a retired physician.' }),
    );
    expect(checkLetterReadiness(withReason)).toEqual([]);
  });

  it('becomes a custom response only when text beyond the placeholders changes', () => {
    const approved = libraryDocument().body;
    const filled = approved
      .replace('{{recipientName}}', 'Dr. Erika Musterfrau')
      .replace('{{product}}', 'Testivex (testastatin)');
    expect(
      isCustomResponse(assembleLetterInput(assembly({ editedBodies: { [documentId]: filled } }))),
    ).toBe(false);
    expect(
      isCustomResponse(
        assembleLetterInput(assembly({ editedBodies: { [documentId]: `${filled} Bitte.` } })),
      ),
    ).toBe(true);
  });

  it('hashes what the letter says, not when it was generated or who signed it', () => {
    const input = assembleLetterInput(assembly());
    const later = { ...input, generatedAt: '2026-03-16T11:00:00.000+01:00' };
    const signed = {
      ...input,
      signatures: [
        {
          printedName: 'Maja Lindqvist',
          signedAt: '2026-03-16T11:00:00.000+01:00',
          meaning: 'response-released' as const,
        },
      ],
    };
    expect(letterContentHash(later)).toBe(letterContentHash(input));
    expect(letterContentHash(signed)).toBe(letterContentHash(input));
    const edited = assembleLetterInput(assembly({ editedBodies: { [documentId]: 'Anders.' } }));
    expect(letterContentHash(edited)).not.toBe(letterContentHash(input));
    expect(letterContentHash(input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names its files by reference and language', () => {
    expect(letterFileName('MI-2026-ABC-000001', 'de', 'pdf')).toBe('MI-2026-ABC-000001-de.pdf');
    expect(letterFileName('MI 2026/ABC', 'fr', 'eml')).toBe('MI_2026_ABC-fr.eml');
  });
});

describe('the e-signatures of letters', () => {
  it('bind "sent" to the response record, so the stored response verifies', () => {
    const content = {
      id: testIds.record,
      method: 'email' as const,
      language: 'de',
      documentIds: [documentId],
      recipients: ['requester' as const],
      letterContentSha256: 'a'.repeat(64),
    };
    const { binding, record } = sentLetterSignedContent(content);
    expect(binding.table).toBe('inquiry-responses');
    expect(binding.recordId).toBe(testIds.record);
    const stored = {
      ...content,
      sentAt: '2026-03-16T10:20:00.000+01:00',
      pdfSha256: 'b'.repeat(64),
    };
    expect(contentHashOf(signedContentOf(stored, binding.fields))).toBe(
      contentHashOf(signedContentOf(record, binding.fields)),
    );
    const otherDocuments = { ...stored, documentIds: [otherDocumentId] };
    expect(contentHashOf(signedContentOf(otherDocuments, binding.fields))).not.toBe(
      contentHashOf(signedContentOf(record, binding.fields)),
    );
  });

  it('bind a review to the edited texts: changed text is no longer the reviewed text', () => {
    const texts = { [documentId]: 'Anders formuliert.' };
    const custom = {
      id: testIds.record,
      preparedAt: '2026-03-16T10:00:00.000+01:00',
      preparedBy: testIds.user,
      method: 'letter' as const,
      language: 'de',
      documentIds: [documentId],
      textSha256: editedTextsHash(texts),
      status: 'awaiting-review' as const,
      reviewSignatureId: null,
    };
    const { binding, record } = customResponseSignedContent(custom);
    expect(binding.fields).toContain('textSha256');
    expect(record.textSha256).toBe(editedTextsHash({ [documentId]: 'Anders formuliert.' }));
    expect(editedTextsHash({ [documentId]: 'Anders formuliert!' })).not.toBe(record.textSha256);
  });
});

describe('the e-mail draft of a letter', () => {
  it('goes to the requester in the letter’s language with the PDF attached', () => {
    const letter = assembleLetterInput(assembly());
    const eml = buildLetterEmail({
      letter,
      pdf: { fileName: 'MI-2026-ABC-000001-de.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      date: '2026-03-16T10:20:00.000+01:00',
      messageId: `${testIds.record}@medinfo.invalid`,
    });
    expect(eml).toContain('To: "Dr. Erika Musterfrau" <erika@example.org>');
    expect(eml).toContain('From: "Halvorsen Pharma GmbH" <medinfo@halvorsen-pharma.example>');
    expect(eml).toContain('filename="MI-2026-ABC-000001-de.pdf"');
    const textPart = eml.split('\r\n\r\n')[2]?.split('\r\n--')[0] ?? '';
    const body = Buffer.from(textPart.replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(body).toContain('Guten Tag Dr. Erika Musterfrau,');
    expect(body).toContain('unser Zeichen MI-2026-ABC-000001');
  });
});
