import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Timestamp } from '../schemas/common';
import type { Inquiry, InquiryPersonal } from '../schemas/inquiry';
import type {
  HcpSignature,
  HcpSignaturePersonal,
  SignatureMeaning,
} from '../schemas/inquiry-records';
import { canonicalJson } from './canonical-json';

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

function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export type SignatureBindingInput = {
  content: Record<string, unknown>;
  meaning: SignatureMeaning;
  signedAt: Timestamp;
  printedName: string;
  image: string;
};

/**
 * SHA-256 over the canonical JSON of the signed content and the signature's manifestation
 * (meaning, time, printed name) and image: a signature bound this way cannot be copied to other
 * content or another record without the hash failing (21 CFR 11.70). Throws a TypeError when the
 * content is not plain JSON.
 */
export function signatureBindingHash(input: SignatureBindingInput): string {
  return sha256Hex(
    canonicalJson({
      content: input.content,
      meaning: input.meaning,
      signedAt: input.signedAt,
      printedName: input.printedName,
      imageSha256: sha256Hex(input.image),
    }),
  );
}

export type SignatureState = 'valid' | 'content-changed' | 'missing-image';

/** Whether a signature still matches the content it was given for. */
export function signatureStateOf(
  signature: HcpSignature,
  personal: HcpSignaturePersonal | undefined,
  inquiry: SignableInquiry,
): SignatureState {
  if (personal === undefined) return 'missing-image';
  const hash = signatureBindingHash({
    content: signedContentOf(inquiry),
    meaning: signature.meaning,
    signedAt: signature.signedAt,
    printedName: personal.printedName,
    image: personal.image,
  });
  return hash === signature.contentHash ? 'valid' : 'content-changed';
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
