import type { BatchLetterSources } from '../../src/shared/documents';
import { inquirySchema, type Inquiry } from '../../src/shared/schemas';
import { halvorsenLetterhead } from '../../test/fixtures/documents/company';
import { documentId, libraryDocument } from '../../test/fixtures/documents/library-document';
import { sampleInquiry, sampleProduct, testIds } from '../../test/unit/shared/fixtures';

/*
 * An event with `count` answered inquiries for the batch as the Letters page builds it: each
 * answered by e-mail with one approved German SRD.
 */

const eventId = '01930000-0000-7000-8000-000000000401';

function answeredInquiry(index: number): Inquiry {
  const suffix = String(index).padStart(6, '0');
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
        id: `01930000-0000-7000-8001-000000${suffix}`,
        sentAt: '2026-03-05T10:00:00.000+01:00',
        sentBy: testIds.user,
        method: 'email',
        documentIds: [documentId],
        recipients: ['requester'],
      },
    ],
    id: `01930000-0000-7000-8000-000000${suffix}`,
    reference: `MI-2026-BEN-${suffix}`,
    createdAt: '2026-03-02T09:40:00.000+01:00',
    updatedAt: '2026-03-02T09:40:00.000+01:00',
    createdBy: testIds.user,
    updatedBy: testIds.user,
    serverRevision: null,
    deleted: false,
  });
}

export function eventBatchSources(count: number): BatchLetterSources {
  return {
    inquiries: Array.from({ length: count }, (_unused, index) => answeredInquiry(index + 1)),
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
