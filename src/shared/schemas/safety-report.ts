import { z } from 'zod';
import { blobReferenceSchema } from './blob';
import { idSchema, syncedRecordSchema, timestampSchema } from './common';

/*
 * A minimal safety report, enough for sync to carry, stamp and acknowledge one. The safety
 * capability replaces the fields with the full report (reporter, patient, reactions, seriousness,
 * minimum criteria); what sync relies on is listed per field below.
 */

export const safetyReportKindSchema = z.enum([
  'adverse-event',
  'product-complaint',
  'special-situation',
]);
export type SafetyReportKind = z.infer<typeof safetyReportKindSchema>;

/** The life cycle of PRODUCT.md; the server refuses changes from `forwarded` on. */
export const safetyReportStatusSchema = z.enum([
  'flagged',
  'forwarded',
  'acknowledged',
  'reconciled',
]);
export type SafetyReportStatus = z.infer<typeof safetyReportStatusSchema>;

export const safetyReportSchema = syncedRecordSchema.extend({
  kind: safetyReportKindSchema,
  status: safetyReportStatusSchema,
  sourceInquiryId: idSchema.nullable(),
  /** Day 0 (GVP VI.B.7): defaults to the contact's receipt time, only ever moved earlier. */
  awarenessAt: timestampSchema,
  productIds: z.array(idSchema),
  attachments: z.array(blobReferenceSchema).max(20),
  /**
   * Server-stamped: when the server first received the report, which makes it forwarded
   * (PRODUCT.md). Set by the sync engine from the push result or a pull, never by a person.
   */
  forwardedAt: timestampSchema.nullable(),
  personal: z.object({
    narrative: z.string().max(20_000),
    /** Absent on devices of PV users without the reporter-contact permission (GDPR). */
    reporterContact: z.string().max(2_000).optional(),
  }),
});
export type SafetyReport = z.infer<typeof safetyReportSchema>;

/**
 * PV's acknowledgement of a forwarded report, with its case id in the safety database. Written
 * by the server (POST /api/v1/safety-reports/:id/acknowledge), pulled to the report owner's
 * device; its id is the report's id (one acknowledgement per report).
 */
export const safetyAcknowledgementSchema = z.object({
  // Any UUID: the server writes these, for reports of any client.
  id: z.uuid(),
  safetyReportId: z.uuid(),
  pvCaseId: z.string().trim().min(1).max(100),
  acknowledgedAt: timestampSchema,
  acknowledgedByUserId: z.uuid(),
  acknowledgedByName: z.string().max(200),
  serverRevision: z.number().int().nonnegative().nullable(),
  deleted: z.boolean(),
});
export type SafetyAcknowledgement = z.infer<typeof safetyAcknowledgementSchema>;
