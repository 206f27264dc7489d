import { z } from 'zod';
import { idSchema, isoDateSchema, syncedRecordSchema, timestampSchema } from './common';
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

export const responseMethodSchema = z.enum(['letter', 'email', 'verbal']);
export type ResponseMethod = z.infer<typeof responseMethodSchema>;

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

/** Placeholder until the booth-signature issue: how the requester confirmed the request. */
export const unsolicitedConfirmationSchema = z.object({
  confirmedAt: timestampSchema,
  method: z.enum(['signature', 'written', 'verbal']),
  signatureId: idSchema.nullable(),
});
export type UnsolicitedConfirmation = z.infer<typeof unsolicitedConfirmationSchema>;

/** Placeholder until the safety issue: answers to the screening asked on every contact. */
export const safetyScreenSchema = z.object({
  answeredAt: timestampSchema,
  hasAdverseEvent: z.boolean(),
  hasQualityComplaint: z.boolean(),
  hasSpecialSituation: z.boolean(),
});
export type SafetyScreen = z.infer<typeof safetyScreenSchema>;

/**
 * Everything that identifies or describes a person, in one property so that it can be encrypted
 * as a whole and purged by destroying its key (ARCHITECTURE.md, Data). Free text counts: a
 * question often names a patient.
 */
export const inquiryPersonalSchema = z.object({
  requester: requesterPersonalSchema,
  questions: z.array(
    z.object({ questionId: idSchema, text: z.string().trim().min(1).max(10_000) }),
  ),
  notes: z.string().max(20_000),
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
  isOffLabel: z.boolean(),
  unsolicitedConfirmation: unsolicitedConfirmationSchema.nullable(),
  safetyScreen: safetyScreenSchema.nullable(),
  requester: requesterSchema,
  questions: z.array(inquiryQuestionSchema),
  personal: inquiryPersonalSchema,
});
export type InquiryContent = z.infer<typeof inquiryContentSchema>;

/** Statuses in which an inquiry no longer needs complete content. */
const unfinishedStatuses: readonly InquiryStatus[] = ['draft', 'cancelled', 'duplicate'];

function checkInquiryRules(inquiry: InquiryContent, context: z.RefinementCtx): void {
  const isUnfinished = unfinishedStatuses.includes(inquiry.status);
  if (!isUnfinished && inquiry.questions.length === 0) {
    context.addIssue({ code: 'custom', path: ['questions'], message: 'Add at least one question' });
  }
  const questionIds = new Set(inquiry.questions.map((question) => question.id));
  const textIds = new Set(inquiry.personal.questions.map((question) => question.questionId));
  const isAligned =
    questionIds.size === textIds.size && [...questionIds].every((id) => textIds.has(id));
  if (!isAligned) {
    context.addIssue({
      code: 'custom',
      path: ['personal', 'questions'],
      message: 'Every question needs exactly one text, and every text one question',
    });
  }
  // Off-label answers are allowed only for unsolicited requests (FDA 2011 draft guidance; ABPI,
  // EFPIA codes): the record must show the confirmation before the inquiry leaves draft.
  if (inquiry.isOffLabel && !isUnfinished && inquiry.unsolicitedConfirmation === null) {
    context.addIssue({
      code: 'custom',
      path: ['unsolicitedConfirmation'],
      message: 'An off-label request needs a confirmation that it was unsolicited',
    });
  }
}

/** Input of `createInquiry`: the content before the store assigns identity and reference. */
export const newInquirySchema = inquiryContentSchema.superRefine(checkInquiryRules);
export type NewInquiry = z.infer<typeof newInquirySchema>;

export const inquirySchema = syncedRecordSchema
  .extend({ reference: referenceSchema })
  .extend(inquiryContentSchema.shape)
  .superRefine(checkInquiryRules);
export type Inquiry = z.infer<typeof inquirySchema>;
