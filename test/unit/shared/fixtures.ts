import { inquirySchema } from '../../../src/shared/schemas';
import type {
  HcpSignatureMeaning,
  Inquiry,
  NewInquiry,
  Product,
} from '../../../src/shared/schemas';
import { inquirySignatureBinding, signedContentOf } from '../../../src/shared/domain';
import { sealHandwritten } from '../../../src/shared/signatures';

/** Ids and times fixed so failures are reproducible. */
export const testIds = {
  user: '01930000-0000-7000-8000-0000000000aa',
  otherUser: '01930000-0000-7000-8000-0000000000bb',
  product: '01930000-0000-7000-8000-0000000000c1',
  question: '01930000-0000-7000-8000-0000000000d1',
  secondQuestion: '01930000-0000-7000-8000-0000000000d2',
  record: '01930000-0000-7000-8000-0000000000e1',
  device: '01930000-0000-7000-8000-0000000000f1',
} as const;

/** A complete, valid inquiry as a person would enter it; override what a test is about. */
export function sampleInquiry(overrides: Partial<NewInquiry> = {}): NewInquiry {
  return {
    status: 'open',
    channel: 'phone',
    urgency: 'normal',
    receivedAt: '2026-03-02T09:30:00.000+01:00',
    dueDate: '2026-03-09',
    productIds: [testIds.product],
    eventId: null,
    assignedTo: testIds.user,
    preferredResponseMethod: 'email',
    consentToContact: true,
    isOffLabel: false,
    unsolicitedConfirmation: null,
    safetyScreen: {
      answeredAt: '2026-03-02T09:35:00.000+01:00',
      hasAdverseEvent: false,
      hasQualityComplaint: false,
      hasSpecialSituation: false,
    },
    requester: { type: 'physician', country: 'DE', preferredLanguage: 'de' },
    questions: [{ id: testIds.question, category: 'interactions', linkedDocumentIds: [] }],
    personal: {
      requester: {
        name: 'Dr. Erika Musterfrau',
        specialty: 'Cardiology',
        institution: 'Klinikum Beispielstadt',
        email: 'erika@example.org',
        phone: null,
        address: null,
      },
      questions: [{ questionId: testIds.question, text: 'Can it be taken with clarithromycin?' }],
      notes: '',
    },
    ...overrides,
  };
}

/** A valid product record with all synced-record fields. */
export function sampleProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: testIds.product,
    createdAt: '2026-03-01T08:00:00.000+01:00',
    updatedAt: '2026-03-01T08:00:00.000+01:00',
    createdBy: testIds.user,
    updatedBy: testIds.user,
    serverRevision: null,
    deleted: false,
    brandName: 'Testivex',
    genericName: 'testastatin',
    synonyms: [],
    strengths: ['10 mg tablet'],
    therapeuticArea: 'Testing',
    approvedIndications: [{ country: 'EU', text: 'Hypercholesterolaemia in adults.' }],
    ...overrides,
  };
}

/** `sampleInquiry` as the store holds it: parsed (defaults filled), with id and reference. */
export function sampleStoredInquiry(overrides: Partial<NewInquiry> = {}): Inquiry {
  return inquirySchema.parse({
    ...sampleInquiry(overrides),
    id: testIds.record,
    reference: 'MI-2026-ABC-000001',
    createdAt: '2026-03-02T09:40:00.000+01:00',
    updatedAt: '2026-03-02T09:40:00.000+01:00',
    createdBy: testIds.user,
    updatedBy: testIds.user,
    serverRevision: null,
    deleted: false,
  });
}

/** A PNG drawn on the signature pad (1×1 pixel), as a data URL. */
export const signatureImage =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/**
 * The inquiry with one more HCP signature over its current content, sealed by the e-signature
 * service as the booth seals it.
 */
export function withHcpSignature(
  inquiry: Inquiry,
  signing: {
    id: string;
    signedAt: string;
    meaning?: HcpSignatureMeaning;
    signerName?: string;
  },
): Inquiry {
  const meaning = signing.meaning ?? 'request-confirmation';
  const { seal, personal } = sealHandwritten({
    id: signing.id,
    witnessUserId: testIds.user,
    signedAt: signing.signedAt,
    meaning,
    binding: inquirySignatureBinding(inquiry.id),
    record: signedContentOf(inquiry),
    personal: { signerName: signing.signerName ?? 'Erika Musterfrau', image: signatureImage },
  });
  return {
    ...inquiry,
    signatures: [...inquiry.signatures, { ...seal, meaning }],
    personal: {
      ...inquiry.personal,
      signatures: { ...inquiry.personal.signatures, [seal.id]: personal },
    },
  };
}
