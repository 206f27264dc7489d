import { z } from 'zod';
import { idSchema, isoDateSchema, syncedRecordSchema, timestampSchema } from './common';
import {
  followUpSchema,
  hcpSignaturePersonalSchema,
  hcpSignatureSchema,
  maxFreeTextLength,
  responseMethodSchema,
  customResponseSchema,
  responseRecordSchema,
  unsolicitedConfirmationSchema,
} from './inquiry-records';
import { checkInquiryRules } from './inquiry-rules';
import { safetySignalKindSchema } from '../safety/signal';
import { referenceSchema } from './reference';
import { requesterPersonalSchema, requesterSchema } from './requester';

export const inquiryStatusSchema = z.enum([
  'draft',
  'open',
  'in-progress',
  'awaiting-information',
  'answered',
  'closed',
  'cancelled',
  'duplicate',
]);
export type InquiryStatus = z.infer<typeof inquiryStatusSchema>;

export const inquiryChannelSchema = z.enum([
  'booth',
  'phone',
  'email',
  'letter',
  'rep-referral',
  'msl-referral',
  'web',
  'other',
]);
export type InquiryChannel = z.infer<typeof inquiryChannelSchema>;

export const urgencySchema = z.enum(['urgent', 'high', 'normal', 'low']);
export type Urgency = z.infer<typeof urgencySchema>;

/** The question taxonomy: trend analysis and "topics with no SRD" group by it. */
export const questionCategorySchema = z.enum([
  'dosing-administration',
  'special-populations',
  'mechanism-pk-pd',
  'efficacy-clinical-data',
  'safety-tolerability',
  'interactions',
  'storage-stability',
  'formulation-excipients',
  'availability-supply',
  'comparative',
  'off-label',
  'pipeline-trials',
  'product-quality',
  'other',
]);
export type QuestionCategory = z.infer<typeof questionCategorySchema>;

/** The non-personal part of a question; its text is personal and lives in `personal.questions`. */
export const inquiryQuestionSchema = z.object({
  id: idSchema,
  category: questionCategorySchema,
  linkedDocumentIds: z.array(idSchema),
});
export type InquiryQuestion = z.infer<typeof inquiryQuestionSchema>;

/**
 * The officer's answers to the safety questions asked on every contact (GVP VI.B.6). Required
 * before an inquiry leaves draft: see `checkInquiryRules`. The detailed capture of a case is
 * the safety work's; this records that the step was done and what it found.
 */
export const safetyScreenSchema = z.object({
  answeredAt: timestampSchema,
  hasAdverseEvent: z.boolean(),
  hasQualityComplaint: z.boolean(),
  hasSpecialSituation: z.boolean(),
});
export type SafetyScreen = z.infer<typeof safetyScreenSchema>;

/** One dismissed screening signal kind, with the officer's reason and when it was given. */
export const safetyDismissalSchema = z.object({
  kind: safetySignalKindSchema,
  reason: z.string().trim().min(5, 'safetyWorkflow.screen.reasonShort').max(1000),
  at: timestampSchema,
});
export type SafetyDismissal = z.infer<typeof safetyDismissalSchema>;

/**
 * Everything that identifies or describes a person, in one property so that it can be encrypted
 * as a whole and purged by destroying its key (ARCHITECTURE.md, Data). Free text counts: a
 * question often names a patient.
 */
export const inquiryPersonalSchema = z.object({
  requester: requesterPersonalSchema,
  questions: z.array(
    z.object({
      questionId: idSchema,
      text: z.string().trim().min(1, 'Enter the question').max(maxFreeTextLength),
    }),
  ),
  notes: z.string().max(maxFreeTextLength),
  /** Printed name and image of each signature in `signatures`, by signature id. */
  signatures: z.record(idSchema, hcpSignaturePersonalSchema).default({}),
  /** What was said in each follow-up, by follow-up id. */
  followUpNotes: z.record(idSchema, z.string().max(maxFreeTextLength)).default({}),
  /** The referring sales representative or MSL, when there is one. */
  referrerName: z.string().trim().max(200).nullable().default(null),
  /** The edited answer texts of each custom response, by custom response id, then document id. */
  customResponseTexts: z
    .record(idSchema, z.record(idSchema, z.string().max(maxFreeTextLength)))
    .default({}),
  /**
   * Why the officer answered "no" to a safety question although screening flagged the text
   * (issue 7: a dismissal needs a reason and is audited). Free text, so personal; appended, never
   * edited. Absent on inquiries saved before it existed.
   */
  safetyDismissals: z.array(safetyDismissalSchema).optional(),
});
export type InquiryPersonal = z.infer<typeof inquiryPersonalSchema>;

/** What a person enters; the store adds id, reference and the synced-record fields. */
const inquiryContentSchema = z.object({
  status: inquiryStatusSchema,
  channel: inquiryChannelSchema,
  urgency: urgencySchema,
  receivedAt: timestampSchema,
  dueDate: isoDateSchema,
  productIds: z.array(idSchema),
  eventId: idSchema.nullable(),
  assignedTo: idSchema.nullable(),
  preferredResponseMethod: responseMethodSchema,
  consentToContact: z.boolean(),
  /** The requester was shown the privacy notice (GDPR Art. 13) and acknowledged it. */
  privacyNoticeAcknowledged: z.boolean().default(false),
  isOffLabel: z.boolean(),
  unsolicitedConfirmation: unsolicitedConfirmationSchema.nullable(),
  safetyScreen: safetyScreenSchema.nullable(),
  requester: requesterSchema,
  questions: z.array(inquiryQuestionSchema),
  /** Every HCP signature given, oldest first; a superseded one stays (Part 11 history). */
  signatures: z.array(hcpSignatureSchema).default([]),
  /** Inquiries the officer linked as the same or a related request. */
  linkedInquiryIds: z.array(idSchema).default([]),
  followUps: z.array(followUpSchema).default([]),
  responses: z.array(responseRecordSchema).default([]),
  /** Letters with edited answer text, waiting for or past an mi-specialist's review. */
  customResponses: z.array(customResponseSchema).default([]),
  personal: inquiryPersonalSchema,
});
export type InquiryContent = z.infer<typeof inquiryContentSchema>;

/** Input of `createInquiry`: the content before the store assigns identity and reference. */
export const newInquirySchema = inquiryContentSchema.superRefine(checkInquiryRules);
/** What callers pass in: fields added after version 1 may be left out (they have defaults). */
export type NewInquiry = z.input<typeof newInquirySchema>;

export const inquirySchema = syncedRecordSchema
  .extend({ reference: referenceSchema })
  .extend(inquiryContentSchema.shape)
  .superRefine(checkInquiryRules);
export type Inquiry = z.infer<typeof inquirySchema>;

export { answeredStatuses } from './inquiry-rules';
