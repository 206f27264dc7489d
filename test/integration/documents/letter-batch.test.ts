import { describe, expect, it } from 'vitest';
import {
  batchProblemsText,
  buildResponseLetter,
  planBatchLetters,
  type BatchLetterSources,
} from '../../../src/shared/documents';
import { inquirySchema, type Inquiry } from '../../../src/shared/schemas';
import { createNodePdfRenderer } from '../../../src/server/documents/render-pdf';
import { halvorsenLetterhead } from '../../fixtures/documents/company';
import { documentId, libraryDocument } from '../../fixtures/documents/library-document';
import { flatten, pdfText } from '../../helpers/pdf-text';
import { sampleInquiry, sampleProduct, testIds } from '../../unit/shared/fixtures';

const eventId = '01930000-0000-7000-8000-000000000401';
const render = createNodePdfRenderer();

function answered(id: string, reference: string, overrides: Partial<Inquiry> = {}): Inquiry {
  return inquirySchema.parse({
    ...sampleInquiry({
      status: 'answered',
      eventId,
      questions: [
        { id: testIds.question, category: 'interactions', linkedDocumentIds: [documentId] },
      ],
    }),
    responses: [
      {
        id: `${id.slice(0, 30)}000901`,
        sentAt: '2026-03-05T10:00:00.000+01:00',
        sentBy: testIds.user,
        method: 'email',
        documentIds: [documentId],
        recipients: ['requester'],
      },
    ],
    id,
    reference,
    createdAt: '2026-03-02T09:40:00.000+01:00',
    updatedAt: '2026-03-02T09:40:00.000+01:00',
    createdBy: testIds.user,
    updatedBy: testIds.user,
    serverRevision: null,
    deleted: false,
    ...overrides,
  });
}

function sources(inquiries: Inquiry[]): BatchLetterSources {
  return {
    inquiries,
    eventId,
    documents: [libraryDocument()],
    products: [sampleProduct()],
    letterhead: halvorsenLetterhead,
    author: { printedName: 'Maja Lindqvist', jobTitle: null },
    signaturesByResponse: new Map(),
    today: '2026-03-16',
    generatedAt: '2026-03-16T10:15:00.000+01:00',
  };
}

describe('the letters of an event, as a batch', () => {
  it('builds one letter per answered inquiry of the event, and only those', async () => {
    const first = answered('01930000-0000-7000-8000-000000000501', 'MI-2026-ABC-000001');
    const second = answered('01930000-0000-7000-8000-000000000502', 'MI-2026-ABC-000002');
    const open = answered('01930000-0000-7000-8000-000000000503', 'MI-2026-ABC-000003', {
      status: 'open',
      responses: [],
    });
    const elsewhere = answered('01930000-0000-7000-8000-000000000504', 'MI-2026-ABC-000004', {
      eventId: null,
    });
    const plan = planBatchLetters(sources([second, open, first, elsewhere]));
    expect(plan.problems).toEqual([]);
    expect(plan.letters.map((letter) => letter.fileName)).toEqual([
      'MI-2026-ABC-000001-de.pdf',
      'MI-2026-ABC-000002-de.pdf',
    ]);
    const text = flatten(await pdfText(await render(buildResponseLetter(plan.letters[0]!.input))));
    expect(text).toContain('Unser Zeichen MI-2026-ABC-000001');
    expect(text).toContain('Dr. Erika Musterfrau');
    expect(text).toContain('Testivex (testastatin) und Clarithromycin nicht kombinieren');
  });

  it('prints the recorded signatures of a sent letter, dated as signed, and no draft mark', async () => {
    const inquiry = answered('01930000-0000-7000-8000-000000000505', 'MI-2026-ABC-000005');
    const responseId = inquiry.responses[0]!.id;
    const signed = sources([inquiry]);
    signed.signaturesByResponse = new Map([
      [
        responseId,
        [
          {
            printedName: 'Maja Lindqvist',
            signedAt: '2026-03-05T10:00:00.000+01:00',
            meaning: 'response-released' as const,
            contentHash: 'c'.repeat(64),
          },
        ],
      ],
    ]);
    const [letter] = planBatchLetters(signed).letters;
    expect(letter?.input.letterDate).toBe('2026-03-05');
    const text = flatten(await pdfText(await render(buildResponseLetter(letter!.input))));
    expect(text).toContain('Elektronisch unterschrieben von: Maja Lindqvist');
    expect(text).not.toContain('ENTWURF');
  });

  it('lists what it cannot build: an expired document, or no variant in the requester’s language', () => {
    const expired = sources([
      answered('01930000-0000-7000-8000-000000000506', 'MI-2026-ABC-000006'),
    ]);
    expired.documents = [libraryDocument({ reviewDate: '2026-03-10' })];
    const french = sources([
      answered('01930000-0000-7000-8000-000000000507', 'MI-2026-ABC-000007', {
        requester: { type: 'physician', country: 'FR', preferredLanguage: 'fr' },
        responses: [],
      }),
    ]);
    const problems = [...planBatchLetters(expired).problems, ...planBatchLetters(french).problems];
    expect(batchProblemsText(problems).split('\n')).toEqual([
      expect.stringMatching(/^MI-2026-ABC-000006: SRD-TST-001 .*review date/),
      'MI-2026-ABC-000007: No approved, current variant in "fr" of SRD-TST-001: choose the letter\'s language on the inquiry\'s letter screen.',
    ]);
  });
});
