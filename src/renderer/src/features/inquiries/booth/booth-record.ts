import type {
  DueDateBusinessDays,
  HcpSignature,
  HcpSignaturePersonal,
  Id,
  NewInquiry,
  RequesterPersonal,
  Timestamp,
} from '../../../../../shared/schemas';
import {
  currentValidSignature,
  dueDateInCountry,
  reviewSignatures,
} from '../../../../../shared/domain';
import type { SignableInquiry, SignatureReview } from '../../../../../shared/domain';
import { boothFieldsSchema } from './booth-form';
import type { BoothFields, BoothFormValues, BoothSignature } from './booth-form';

const orNull = (value: string): string | null => (value === '' ? null : value);

function requesterPersonalOf(fields: BoothFields): RequesterPersonal {
  return {
    name: orNull(fields.name),
    specialty: orNull(fields.specialty),
    institution: orNull(fields.institution),
    email: orNull(fields.email),
    phone: orNull(fields.phone),
    address: null,
  };
}

/** The signed part of the form, exactly as the stored inquiry will hold it. */
export function signableOf(fields: BoothFields): SignableInquiry {
  return {
    requester: {
      type: fields.requesterType,
      country: fields.country,
      preferredLanguage: fields.preferredLanguage,
    },
    productIds: [fields.productId],
    eventId: fields.eventId,
    consentToContact: fields.consentToContact,
    privacyNoticeAcknowledged: fields.privacyNoticeAcknowledged,
    preferredResponseMethod: fields.preferredResponseMethod,
    isOffLabel: fields.isOffLabel,
    questions: fields.questions.map(({ id }) => ({ id })),
    personal: {
      requester: requesterPersonalOf(fields),
      questions: fields.questions.map(({ id, text }) => ({ questionId: id, text })),
    },
  };
}

function signaturesRecord(signatures: readonly BoothSignature[]): Record<Id, HcpSignaturePersonal> {
  return Object.fromEntries(signatures.map(({ signature, personal }) => [signature.id, personal]));
}

/** The newest signature that still matches the form's signed fields; null when none does. */
export function validBoothSignature(fields: BoothFields): SignatureReview | null {
  const signable = signableOf(fields);
  return currentValidSignature({
    ...signable,
    id: fields.inquiryId,
    signatures: fields.signatures.map(({ signature }): HcpSignature => signature),
    personal: { ...signable.personal, signatures: signaturesRecord(fields.signatures) },
  });
}

export type BoothRecordContext = {
  businessDays: DueDateBusinessDays;
  /** The officer capturing the request: it is theirs to follow up. */
  officerId: Id;
  /** When the officer saves: the safety answers are recorded as given then. */
  savedAt: Timestamp;
};

/**
 * The inquiry a completed booth form becomes: open (the safety questions are answered), from
 * the booth channel, due by the requester country's calendar, with every signature given (a
 * superseded one stays, Part 11) and, off-label, the HCP's signature as proof of an
 * unsolicited request. Throws a RangeError when no signature matches the content.
 */
export function boothInquiryOf(
  fields: BoothFields,
  context: BoothRecordContext,
): NewInquiry & { id: Id } {
  const valid = validBoothSignature(fields);
  if (valid === null) throw new RangeError('The booth request has no valid signature');
  const signable = signableOf(fields);
  const isYes = (answer: 'yes' | 'no'): boolean => answer === 'yes';
  return {
    ...signable,
    id: fields.inquiryId,
    status: 'open',
    channel: 'booth',
    urgency: fields.urgency,
    receivedAt: fields.startedAt,
    dueDate: dueDateInCountry({
      receivedAt: fields.startedAt,
      urgency: fields.urgency,
      businessDays: context.businessDays,
      country: fields.country,
    }),
    assignedTo: context.officerId,
    unsolicitedConfirmation: fields.isOffLabel
      ? {
          confirmedAt: valid.signature.signedAt,
          method: 'signature',
          signatureId: valid.signature.id,
          initiatedBy: 'requester',
          referral: 'none',
          recordedBy: context.officerId,
        }
      : null,
    safetyScreen: {
      answeredAt: context.savedAt,
      hasAdverseEvent: isYes(fields.safety.hasAdverseEvent),
      hasQualityComplaint: isYes(fields.safety.hasQualityComplaint),
      hasSpecialSituation: isYes(fields.safety.hasSpecialSituation),
    },
    questions: fields.questions.map(({ id, category }) => ({
      id,
      category,
      linkedDocumentIds: [],
    })),
    signatures: fields.signatures.map(({ signature }) => signature),
    linkedInquiryIds: fields.linkedInquiryIds,
    personal: {
      ...signable.personal,
      notes: '',
      signatures: signaturesRecord(fields.signatures),
      followUpNotes: {},
      referrerName: null,
    },
  };
}

/** The booth form's schema: every field rule, and a signature that matches what was entered. */
export const boothFormSchema = boothFieldsSchema.superRefine((fields, context) => {
  if (validBoothSignature(fields) === null) {
    context.addIssue({
      code: 'custom',
      path: ['signatures'],
      message:
        fields.signatures.length === 0
          ? 'inquiryFormErrors.signatureRequired'
          : 'inquiryFormErrors.signAgain',
    });
  }
});

/** The form's fields when they pass every rule but the signature (what can be signed). */
export function signableFields(values: unknown): BoothFields | null {
  const parsed = boothFieldsSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** Each signature given in the form, checked against what the form holds now. */
export function reviewBoothSignatures(values: BoothFormValues): SignatureReview[] {
  const fields = signableFields(values);
  const given = values.signatures ?? [];
  if (fields === null) {
    return given.map(({ signature, personal }) => ({
      signature,
      personal,
      state: 'content-changed',
    }));
  }
  const signable = signableOf(fields);
  return reviewSignatures({
    ...signable,
    id: fields.inquiryId,
    signatures: fields.signatures.map(({ signature }) => signature),
    personal: { ...signable.personal, signatures: signaturesRecord(fields.signatures) },
  });
}
