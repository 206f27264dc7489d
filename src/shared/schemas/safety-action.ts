import { z } from 'zod';
import { idSchema, syncedRecordSchema, timestampSchema } from './common';

/**
 * What happens to a safety report after it is captured, each as its own append-only record:
 * PV's acknowledgement (with its case id), reconciliation, and every attempt to obtain missing
 * information. Separate records because a forwarded report is immutable (the sync server refuses
 * any change to it), while its acknowledgement and follow-up go on.
 */

/** What a follow-up attempt tried to obtain (see src/shared/safety/follow-up.ts). */
export const followUpTopicSchema = z.enum([
  'reporter-identity',
  'patient-identity',
  'suspect-product',
  'reaction',
  'reporter-qualification',
  'reporter-country',
  'event-onset',
  'event-outcome',
  'pregnancy-dates',
  'pregnancy-outcome',
  'lot-number',
  'sample',
]);
export type FollowUpTopic = z.infer<typeof followUpTopicSchema>;

export const safetyFollowUpChannelSchema = z.enum(['phone', 'email', 'letter', 'fax', 'visit']);
export type SafetyFollowUpChannel = z.infer<typeof safetyFollowUpChannelSchema>;

export const followUpOutcomeSchema = z.enum([
  'no-response',
  'information-obtained',
  'partially-obtained',
  'declined',
]);
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;

const actionBaseShape = {
  ...syncedRecordSchema.shape,
  reportId: idSchema,
  /** When it happened (an acknowledgement may arrive by e-mail hours before it is typed in). */
  occurredAt: timestampSchema,
};

export const safetyActionSchema = z.discriminatedUnion('kind', [
  z.object({
    ...actionBaseShape,
    kind: z.literal('acknowledged'),
    /** The case id in PV's safety database: the proof of receipt by PV. */
    pvCaseId: z.string().trim().min(1, { message: 'safetyReports.errors.required' }).max(100),
  }),
  z.object({
    ...actionBaseShape,
    kind: z.literal('reconciled'),
  }),
  z.object({
    ...actionBaseShape,
    kind: z.literal('follow-up-attempt'),
    topics: z.array(followUpTopicSchema).min(1, { message: 'safetyReports.errors.required' }),
    channel: safetyFollowUpChannelSchema,
    outcome: followUpOutcomeSchema,
    /** What was said: may name the reporter or the patient, so it is personal. */
    personal: z.object({ note: z.string().trim().max(2000) }),
  }),
]);
export type SafetyAction = z.infer<typeof safetyActionSchema>;
export type SafetyActionKind = SafetyAction['kind'];
export type FollowUpAttempt = Extract<SafetyAction, { kind: 'follow-up-attempt' }>;
