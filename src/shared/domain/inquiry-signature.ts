import type { Id } from '../schemas/common';
import type { Inquiry, InquiryPersonal } from '../schemas/inquiry';
import type { HcpSignature, HcpSignaturePersonal } from '../schemas/inquiry-records';
import { checkHandwritten } from '../signatures/handwritten';
import type { SignatureBinding } from '../signatures/schema';

/**
 * What an HCP signs at the booth: who they are and how to reach them, what they ask about which
 * product, their consent and acknowledgement, and whether the request is off-label. The
 * officer's classification (categories, urgency, linked documents) and workflow fields are not
 * signed, so triage never invalidates a signature.
 */
export type SignableInquiry = Pick<
  Inquiry,
  | 'requester'
  | 'productIds'
  | 'eventId'
  | 'consentToContact'
  | 'privacyNoticeAcknowledged'
  | 'preferredResponseMethod'
  | 'isOffLabel'
> & {
  questions: readonly Pick<Inquiry['questions'][number], 'id'>[];
  personal: Pick<InquiryPersonal, 'requester' | 'questions'>;
};

/** The signed fields of an inquiry as one plain JSON value, in a stable order. */
export function signedContentOf(inquiry: SignableInquiry): Record<string, unknown> {
  const texts = new Map(inquiry.personal.questions.map((q) => [q.questionId, q.text]));
  return {
    requester: inquiry.requester,
    requesterContact: inquiry.personal.requester,
    productIds: [...inquiry.productIds].sort(),
    eventId: inquiry.eventId,
    questions: inquiry.questions.map((question) => ({
      id: question.id,
      text: texts.get(question.id) ?? null,
    })),
    consentToContact: inquiry.consentToContact,
    privacyNoticeAcknowledged: inquiry.privacyNoticeAcknowledged,
    preferredResponseMethod: inquiry.preferredResponseMethod,
    isOffLabel: inquiry.isOffLabel,
  };
}

/** The fields of `signedContentOf(…)`: what a booth signature's binding covers. */
export const inquirySignedFields = [
  'requester',
  'requesterContact',
  'productIds',
  'eventId',
  'questions',
  'consentToContact',
  'privacyNoticeAcknowledged',
  'preferredResponseMethod',
  'isOffLabel',
] as const;

/** What an HCP's signature on an inquiry is bound to: the inquiry's id and its signed fields. */
export function inquirySignatureBinding(inquiryId: Id): SignatureBinding {
  return { table: 'inquiries', recordId: inquiryId, fields: [...inquirySignedFields] };
}

/**
 * Whether a signature still holds: 'content-changed' when a signed field changed,
 * 'missing-image' when the name and drawing are not readable (so only the seal was checked),
 * 'not-authentic' when the seal was altered or belongs to another name or drawing, or the
 * signature was made for another inquiry.
 */
export type SignatureState = 'valid' | 'content-changed' | 'missing-image' | 'not-authentic';

/** Whether a signature still matches the content it was given for (e-signature service). */
export function signatureStateOf(
  signature: HcpSignature,
  personal: HcpSignaturePersonal | undefined,
  inquiry: SignableInquiry & { id: Id },
): SignatureState {
  if (signature.binding.table !== 'inquiries' || signature.binding.recordId !== inquiry.id)
    return 'not-authentic';
  const state = checkHandwritten(signature, personal, signedContentOf(inquiry));
  if (state === 'signer-unreadable') return 'missing-image';
  if (state === 'signer-changed') return 'not-authentic';
  return state;
}

/** A signature with its personal part and whether it still binds the record. */
export type SignatureReview = {
  signature: HcpSignature;
  personal: HcpSignaturePersonal | undefined;
  state: SignatureState;
};

/** Every signature of an inquiry, oldest first, each checked against the current content. */
export function reviewSignatures(
  inquiry: SignableInquiry & {
    id: Id;
    signatures: readonly HcpSignature[];
    personal: Pick<InquiryPersonal, 'signatures'>;
  },
): SignatureReview[] {
  return inquiry.signatures.map((signature) => {
    const personal = inquiry.personal.signatures[signature.id];
    return { signature, personal, state: signatureStateOf(signature, personal, inquiry) };
  });
}

/** The newest signature that still matches the content; null when there is none. */
export function currentValidSignature(
  inquiry: Parameters<typeof reviewSignatures>[0],
): SignatureReview | null {
  return reviewSignatures(inquiry).findLast((review) => review.state === 'valid') ?? null;
}
