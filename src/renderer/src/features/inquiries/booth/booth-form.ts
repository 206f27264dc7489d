import { z } from 'zod';
import {
  hcpSignaturePersonalSchema,
  hcpSignatureSchema,
  idSchema,
  maxFreeTextLength,
  questionCategorySchema,
  requesterTypeSchema,
  responseMethodSchema,
  timestampSchema,
  urgencySchema,
} from '../../../../../shared/schemas';

/*
 * The booth quick-capture form: its fields, their rules and their defaults. Messages are
 * catalog keys (`inquiryFormErrors.*`), shown translated next to the field. The record it becomes is
 * built in booth-record.ts; the inquiry schema checks it again when it is stored.
 */

/** A choice that starts empty: the input is text, the output one of the enum's values. */
function choice<const T extends Readonly<Record<string, string>>>(values: T, message: string) {
  return z.string().pipe(z.enum(values, { error: message }));
}

const required = 'inquiryFormErrors.required';
const tooLong = 'inquiryFormErrors.tooLong';
const text = (max: number) => z.string().trim().max(max, tooLong);
const yesNo = choice({ yes: 'yes', no: 'no' }, 'inquiryFormErrors.answerRequired');

/** Digits with optional +, spaces, dots, dashes, slashes and parentheses; 6 to 20 digits. */
const phonePattern = /^\+?[\d\s()./-]+$/;
function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return value === '' || (phonePattern.test(value) && digits >= 6 && digits <= 20);
}

export const boothQuestionSchema = z.object({
  id: idSchema,
  text: z
    .string()
    .trim()
    .min(1, 'inquiryFormErrors.questionRequired')
    .max(maxFreeTextLength, tooLong),
  category: choice(questionCategorySchema.enum, 'inquiryFormErrors.categoryRequired'),
});

export const boothSignatureSchema = z.object({
  signature: hcpSignatureSchema,
  personal: hcpSignaturePersonalSchema,
});
export type BoothSignature = z.infer<typeof boothSignatureSchema>;

/** Every field of the form, with the rules between fields; the signature rule comes on top. */
export const boothFieldsSchema = z
  .object({
    /** Chosen when the form opens: the HCP's signature is bound to the inquiry it becomes. */
    inquiryId: idSchema,
    startedAt: timestampSchema,
    eventId: idSchema.nullable(),
    requesterType: choice(requesterTypeSchema.enum, 'inquiryFormErrors.requesterTypeRequired'),
    name: text(200).min(1, required),
    specialty: text(200),
    institution: text(200),
    country: z.string().regex(/^[A-Z]{2}$/, 'inquiryFormErrors.countryRequired'),
    email: z
      .string()
      .trim()
      .pipe(z.union([z.literal(''), z.email('inquiryFormErrors.email')])),
    phone: text(50).refine(isPhone, 'inquiryFormErrors.phone'),
    preferredLanguage: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'inquiryFormErrors.languageRequired'),
    productId: z.string().min(1, 'inquiryFormErrors.productRequired'),
    questions: z.array(boothQuestionSchema).min(1, 'inquiryFormErrors.questionRequired'),
    urgency: urgencySchema,
    preferredResponseMethod: responseMethodSchema,
    consentToContact: z.boolean(),
    privacyNoticeAcknowledged: z
      .boolean()
      .refine((value) => value, 'inquiryFormErrors.privacyRequired'),
    isOffLabel: z.boolean(),
    isUnsolicited: z.boolean(),
    safety: z.object({
      hasAdverseEvent: yesNo,
      hasQualityComplaint: yesNo,
      hasSpecialSituation: yesNo,
    }),
    signatures: z.array(boothSignatureSchema),
    linkedInquiryIds: z.array(idSchema),
  })
  .superRefine((values, context) => {
    const need = (path: string, message: string): void =>
      context.addIssue({ code: 'custom', path: [path], message });
    // The answer must be able to reach the requester by the way they asked for.
    if (values.preferredResponseMethod === 'email' && values.email === '') {
      need('email', 'inquiryFormErrors.emailForResponse');
    }
    if (values.preferredResponseMethod === 'verbal' && values.phone === '') {
      need('phone', 'inquiryFormErrors.phoneForResponse');
    }
    if (values.preferredResponseMethod === 'letter' && values.institution === '') {
      need('institution', 'inquiryFormErrors.institutionForLetter');
    }
    // An off-label question is answered only when the HCP asked on their own initiative.
    if (values.isOffLabel && !values.isUnsolicited) {
      need('isUnsolicited', 'inquiryFormErrors.unsolicitedRequired');
    }
  });

export type BoothFormValues = z.input<typeof boothFieldsSchema>;
export type BoothFields = z.output<typeof boothFieldsSchema>;

/** The values of a new, empty booth form at an event (or none). */
export function emptyBoothForm(options: {
  inquiryId: string;
  startedAt: string;
  eventId: string | null;
  country: string;
  preferredLanguage: string;
  questionId: string;
}): BoothFormValues {
  return {
    inquiryId: options.inquiryId,
    startedAt: options.startedAt,
    eventId: options.eventId,
    requesterType: '',
    name: '',
    specialty: '',
    institution: '',
    country: options.country,
    email: '',
    phone: '',
    preferredLanguage: options.preferredLanguage,
    productId: '',
    questions: [{ id: options.questionId, text: '', category: '' }],
    urgency: 'normal',
    preferredResponseMethod: 'email',
    // Never pre-ticked: a pre-ticked box is not consent (GDPR Art. 4(11), CJEU C-673/17 Planet49).
    consentToContact: false,
    privacyNoticeAcknowledged: false,
    isOffLabel: false,
    isUnsolicited: false,
    safety: { hasAdverseEvent: '', hasQualityComplaint: '', hasSpecialSituation: '' },
    signatures: [],
    linkedInquiryIds: [],
  };
}

/**
 * The fields the HCP's signature covers: locked once signed, and a change to any of them needs
 * a new signature (the categories, urgency and safety answers are the officer's).
 */
export const signedFieldNames = [
  'requesterType',
  'name',
  'specialty',
  'institution',
  'country',
  'email',
  'phone',
  'preferredLanguage',
  'productId',
  'questions.text',
  'preferredResponseMethod',
  'consentToContact',
  'privacyNoticeAcknowledged',
  'isOffLabel',
  'isUnsolicited',
] as const;
