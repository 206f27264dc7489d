import { z } from 'zod';
import { idSchema, isoDateSchema, syncedRecordSchema, timestampSchema } from './common';
import {
  followUpSchema,
  hcpSignaturePersonalSchema,
  hcpSignatureSchema,
  maxFreeTextLength,
  responseMethodSchema,
  responseRecordSchema,
  unsolicitedConfirmationSchema,
} from './inquiry-records';
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
  personal: inquiryPersonalSchema,
});
export type InquiryContent = z.infer<typeof inquiryContentSchema>;

/** Statuses in which an inquiry no longer needs complete content. */
const unfinishedStatuses: readonly InquiryStatus[] = ['draft', 'cancelled', 'duplicate'];

/** Statuses in which the requester has (or had) an answer: off-label needs its proof first. */
export const answeredStatuses: readonly InquiryStatus[] = ['answered', 'closed'];

type Issue = { path: (string | number)[]; message: string };

function contentIssues(inquiry: InquiryContent): Issue[] {
  const issues: Issue[] = [];
  if (!unfinishedStatuses.includes(inquiry.status) && inquiry.questions.length === 0) {
    issues.push({ path: ['questions'], message: 'Add at least one question' });
  }
  const questionIds = new Set(inquiry.questions.map((question) => question.id));
  const textIds = new Set(inquiry.personal.questions.map((question) => question.questionId));
  const isAligned =
    questionIds.size === textIds.size && [...questionIds].every((id) => textIds.has(id));
  if (!isAligned) {
    issues.push({
      path: ['personal', 'questions'],
      message: 'Every question needs exactly one text, and every text one question',
    });
  }
  // Every contact is screened for safety information (GVP VI.B.6): no inquiry leaves draft
  // without the officer's answers (docs/decisions/0021).
  if (inquiry.status !== 'draft' && inquiry.safetyScreen === null) {
    issues.push({ path: ['safetyScreen'], message: 'Answer the safety questions first' });
  }
  return issues;
}

function signatureIssues(inquiry: InquiryContent): Issue[] {
  const ids = inquiry.signatures.map((signature) => signature.id);
  const personalIds = Object.keys(inquiry.personal.signatures);
  const isAligned =
    new Set(ids).size === ids.length &&
    ids.length === personalIds.length &&
    ids.every((id) => personalIds.includes(id));
  return isAligned
    ? []
    : [
        {
          path: ['personal', 'signatures'],
          message: 'Every signature needs its printed name and image, and nothing else',
        },
      ];
}

function offLabelIssues(inquiry: InquiryContent): Issue[] {
  const confirmation = inquiry.unsolicitedConfirmation;
  const issues: Issue[] = [];
  if (
    confirmation?.signatureId &&
    !inquiry.signatures.some((s) => s.id === confirmation.signatureId)
  ) {
    issues.push({
      path: ['unsolicitedConfirmation', 'signatureId'],
      message: 'The confirming signature is not one of this inquiry',
    });
  }
  // Off-label answers are allowed only for unsolicited requests (FDA 2011 draft guidance; ABPI,
  // EFPIA codes): the record must show the confirmation before the requester gets an answer.
  if (inquiry.isOffLabel && answeredStatuses.includes(inquiry.status)) {
    if (confirmation === null) {
      issues.push({
        path: ['unsolicitedConfirmation'],
        message: 'An off-label request needs a confirmation that it was unsolicited',
      });
    } else if (confirmation.initiatedBy !== 'requester') {
      issues.push({
        path: ['unsolicitedConfirmation', 'initiatedBy'],
        message: 'A solicited request cannot be answered off-label',
      });
    }
  }
  return issues;
}

function responseIssues(inquiry: InquiryContent): Issue[] {
  const referral = inquiry.unsolicitedConfirmation?.referral ?? 'none';
  return inquiry.responses.flatMap((response, index): Issue[] => {
    const copiesMsl = response.recipients.includes('referring-msl');
    // Off-label responses go privately to the requester only (FDA 2011 draft guidance).
    if (copiesMsl && (inquiry.isOffLabel || referral !== 'msl')) {
      return [
        {
          path: ['responses', index, 'recipients'],
          message: inquiry.isOffLabel
            ? 'An off-label response goes to the requester only'
            : 'Only a referring MSL can be copied',
        },
      ];
    }
    return [];
  });
}

function followUpIssues(inquiry: InquiryContent): Issue[] {
  const ids = new Set(inquiry.followUps.map((followUp) => followUp.id));
  const orphan = Object.keys(inquiry.personal.followUpNotes).some((id) => !ids.has(id));
  return orphan
    ? [{ path: ['personal', 'followUpNotes'], message: 'A note belongs to no follow-up' }]
    : [];
}

function checkInquiryRules(inquiry: InquiryContent, context: z.RefinementCtx): void {
  const issues = [
    ...contentIssues(inquiry),
    ...signatureIssues(inquiry),
    ...offLabelIssues(inquiry),
    ...responseIssues(inquiry),
    ...followUpIssues(inquiry),
  ];
  for (const issue of issues) context.addIssue({ code: 'custom', ...issue });
}

/** Input of `createInquiry`: the content before the store assigns identity and reference. */
export const newInquirySchema = inquiryContentSchema.superRefine(checkInquiryRules);
/** What callers pass in: fields added after version 1 may be left out (they have defaults). */
export type NewInquiry = z.input<typeof newInquirySchema>;

export const inquirySchema = syncedRecordSchema
  .extend({ reference: referenceSchema })
  .extend(inquiryContentSchema.shape)
  .superRefine(checkInquiryRules);
export type Inquiry = z.infer<typeof inquirySchema>;

/**
 * An inquiry read back without parsing (the store, the list's scan) with the defaults of the
 * fields added after version 1 filled in, as parsing would. Cheap: no validation.
 */
export function withInquiryDefaults(record: z.input<typeof inquirySchema>): Inquiry {
  const confirmation = record.unsolicitedConfirmation;
  return {
    ...record,
    privacyNoticeAcknowledged: record.privacyNoticeAcknowledged ?? false,
    signatures: record.signatures ?? [],
    linkedInquiryIds: record.linkedInquiryIds ?? [],
    followUps: record.followUps ?? [],
    responses: record.responses ?? [],
    unsolicitedConfirmation:
      confirmation === null
        ? null
        : {
            ...confirmation,
            initiatedBy: confirmation.initiatedBy ?? 'requester',
            referral: confirmation.referral ?? 'none',
            recordedBy: confirmation.recordedBy ?? null,
          },
    personal: {
      ...record.personal,
      signatures: record.personal.signatures ?? {},
      followUpNotes: record.personal.followUpNotes ?? {},
      referrerName: record.personal.referrerName ?? null,
    },
  };
}
