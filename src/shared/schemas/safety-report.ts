import { z } from 'zod';
import { specialSituationSchema } from '../safety/signal';
import { countrySchema, idSchema, syncedRecordSchema, timestampSchema } from './common';
import { productComplaintPersonalSchema, productComplaintSchema } from './product-complaint';
import { referenceSchema } from './reference';
import {
  optionalText,
  patientSchema,
  reportedEventSchema,
  reportedProductSchema,
  reporterContactSchema,
  reporterIdentitySchema,
  reporterSchema,
} from './safety-parts';
import { checkSafetyReportRules } from './safety-report-rules';

/**
 * A safety report captured by medical information: an adverse event (with or without special
 * situations of GVP VI.B.6) or a product quality complaint. Life cycle (PRODUCT.md): flagged →
 * forwarded to PV/QA → acknowledged (PV case id) → reconciled. The record itself only goes from
 * flagged to forwarded: a forwarded report is immutable (the sync server refuses any change), so
 * acknowledgement, reconciliation and follow-up attempts are separate records (safety-action.ts),
 * and corrections are follow-up reports that point to the report they follow (`followUpOf`).
 */

/** The status stored on the record; acknowledged and reconciled come from actions. */
export const safetyReportStatusSchema = z.enum(['flagged', 'forwarded']);
export type SafetyReportStatus = z.infer<typeof safetyReportStatusSchema>;

/** How a report reached PV: received by the server (server-stamped) or a manual channel. */
export const forwardingChannelSchema = z.enum(['server', 'fax', 'email', 'phone']);
export type ForwardingChannel = z.infer<typeof forwardingChannelSchema>;

export const forwardingSchema = z
  .object({
    channel: forwardingChannelSchema,
    /** When PV received it: the server's stamp, or the time the officer sent the fax or mail. */
    at: timestampSchema,
    /** Fax transmission id, e-mail message id or the name of the person called. */
    reference: optionalText(200),
    recordedBy: idSchema,
    recordedAt: timestampSchema,
  })
  .refine((forwarding) => forwarding.channel === 'server' || forwarding.reference !== null, {
    path: ['reference'],
    message: 'safetyReports.errors.forwardingReference',
  });
export type Forwarding = z.infer<typeof forwardingSchema>;

/** An earlier Day 0, with why: GVP VI.B.7 makes Day 0 the first awareness by anyone. */
export const awarenessChangeSchema = z.object({
  from: timestampSchema,
  to: timestampSchema,
  reason: z.string().trim().min(5, { message: 'safetyReports.errors.reason' }).max(1000),
  changedAt: timestampSchema,
  changedBy: idSchema,
});
export type AwarenessChange = z.infer<typeof awarenessChangeSchema>;

/** What every safety report carries: its source, Day 0 and where it is in its life cycle. */
const reportBaseShape = {
  inquiryId: idSchema.nullable(),
  /** The source inquiry's receipt time: Day 0 defaults to it and may only move earlier. */
  sourceReceivedAt: timestampSchema.nullable(),
  /** Day 0 (awareness by anyone in the company), with the device's offset. */
  awarenessAt: timestampSchema,
  awarenessChanges: z.array(awarenessChangeSchema),
  /** First local save: set once by the store, never changed. */
  firstSavedAt: timestampSchema,
  followUpOf: idSchema.nullable(),
  followUpNumber: z.number().int().min(0),
  status: safetyReportStatusSchema,
  forwarding: forwardingSchema.nullable(),
  /** Whose calendar the forwarding deadline counts in. */
  affiliateCountry: countrySchema,
  /** The other half of an AE-plus-complaint case, and any other related reports. */
  linkedReportIds: z.array(idSchema),
  /** The company's products concerned (indexed; never personal). */
  productIds: z.array(idSchema),
};

export const adverseEventPersonalSchema = z.object({
  reporter: reporterIdentitySchema,
  reporterContact: reporterContactSchema,
  patient: patientSchema,
  narrative: z.string().trim().max(20_000),
  relevantHistory: z.string().trim().max(10_000),
});
export type AdverseEventPersonal = z.infer<typeof adverseEventPersonalSchema>;

const adverseEventShape = {
  kind: z.literal('adverse-event'),
  ...reportBaseShape,
  reporter: reporterSchema,
  products: z.array(reportedProductSchema),
  events: z.array(reportedEventSchema),
  /** Captured even without a reaction (GVP VI.B.6). */
  specialSituations: z.array(specialSituationSchema),
  /** Use in paediatric or elderly patients, recorded on the report (PRODUCT.md). */
  populations: z.object({ paediatric: z.boolean(), elderly: z.boolean() }),
  personal: adverseEventPersonalSchema,
};

const productComplaintShape = {
  kind: z.literal('product-complaint'),
  ...reportBaseShape,
  complaint: productComplaintSchema,
  personal: productComplaintPersonalSchema,
};

const recordShape = { ...syncedRecordSchema.shape, reference: referenceSchema };

const newSafetyReportShapes = z.discriminatedUnion('kind', [
  z.object(adverseEventShape),
  z.object(productComplaintShape),
]);
export type NewSafetyReport = z.infer<typeof newSafetyReportShapes>;

/** Input of the repository: the content before the store assigns identity and reference. */
export const newSafetyReportSchema = newSafetyReportShapes.superRefine(checkSafetyReportRules);

const safetyReportShapes = z.discriminatedUnion('kind', [
  z.object({ ...recordShape, ...adverseEventShape }),
  z.object({ ...recordShape, ...productComplaintShape }),
]);
export type SafetyReport = z.infer<typeof safetyReportShapes>;

export const safetyReportSchema = safetyReportShapes.superRefine(checkSafetyReportRules);
export type AdverseEventReport = Extract<SafetyReport, { kind: 'adverse-event' }>;
export type ProductComplaintReport = Extract<SafetyReport, { kind: 'product-complaint' }>;
export type NewAdverseEventReport = Extract<NewSafetyReport, { kind: 'adverse-event' }>;
