import { z } from 'zod';
import { countrySchema, isoDateSchema, timestampSchema } from '../schemas/common';
import {
  inquiryChannelSchema,
  inquiryStatusSchema,
  questionCategorySchema,
} from '../schemas/inquiry';
import { requesterTypeSchema } from '../schemas/requester';
import { documentKindSchema, documentStatusSchema } from '../schemas/response-document';

/*
 * `deleted` defaults to false: on the server it is a column of the stored row (server-owned, not
 * part of the record's data), and only live rows are read there.
 *
 * What the insights read: plain, non-personal facts of each record. The aggregation functions
 * are pure over arrays of these, so the renderer (local store), the server (the team's records)
 * and the benchmark feed them alike. Records that arrive from other capabilities later — document
 * uses, safety reports, response records — have their input shapes here, so wiring them in is
 * a mapping, not a change to the aggregation.
 *
 * Ids are plain strings here: the server may hold records written by older clients, and a figure
 * must not fail because one id is not a UUID v7.
 */

const recordIdSchema = z.string().min(1).max(100);

/** One question of an inquiry: its category and the library documents linked to it. */
export const insightsQuestionSchema = z.object({
  id: recordIdSchema,
  category: questionCategorySchema,
  linkedDocumentIds: z.array(recordIdSchema),
});
export type InsightsQuestion = z.infer<typeof insightsQuestionSchema>;

/** The stored fields of an inquiry that insights read (never its `personal` part). */
export const inquiryFactsSchema = z.object({
  id: recordIdSchema,
  status: inquiryStatusSchema,
  channel: inquiryChannelSchema,
  receivedAt: timestampSchema,
  dueDate: isoDateSchema,
  productIds: z.array(recordIdSchema),
  eventId: recordIdSchema.nullable(),
  isOffLabel: z.boolean(),
  requester: z.object({ type: requesterTypeSchema, country: countrySchema }),
  questions: z.array(insightsQuestionSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deleted: z.boolean().default(false),
});
export type InquiryFacts = z.infer<typeof inquiryFactsSchema>;

/**
 * An inquiry as the aggregation sees it: its facts plus two derived values.
 * - `answeredAt`: when the first answer went out (see `toInsightsInquiry`); null while unanswered.
 * - `specialty`: the requester's specialty, normalised; it sits in the personal part, so it is
 *   null wherever that part is not readable (on the server, where it is ciphertext).
 */
export type InsightsInquiry = InquiryFacts & {
  answeredAt: string | null;
  specialty: string | null;
};

/** How one question was answered (the responses capability records it; shape agreed here). */
export const responseRecordSchema = z.object({
  inquiryId: recordIdSchema,
  questionId: recordIdSchema,
  /** `srd`: from approved library documents; `custom`: text written for this question. */
  answeredWith: z.enum(['srd', 'custom']),
  documentIds: z.array(recordIdSchema),
  at: timestampSchema,
});
export type ResponseRecord = z.infer<typeof responseRecordSchema>;

/** One use of a library document (the library's synced `documentUses` table). */
export const documentUseSchema = z.object({
  documentId: recordIdSchema,
  inquiryId: recordIdSchema.nullable(),
  questionId: recordIdSchema.nullable(),
  kind: z.enum(['sent', 'verbal']),
  at: timestampSchema,
});
export type DocumentUse = z.infer<typeof documentUseSchema>;

/** The dates of a safety report that reconciliation needs (the safety capability's table). */
export const safetyReportFactsSchema = z.object({
  id: recordIdSchema,
  /** The contact it was captured from; Day 0 defaults to its receipt time (PRODUCT.md). */
  inquiryId: recordIdSchema.nullable(),
  /** Day 0 (GVP VI.B.7): when anyone in the company first learnt of the minimum information. */
  awarenessAt: timestampSchema,
  forwardedAt: timestampSchema.nullable(),
  acknowledgedAt: timestampSchema.nullable(),
  status: z.string().min(1).max(50),
  deleted: z.boolean().default(false),
});
export type SafetyReportFacts = z.infer<typeof safetyReportFactsSchema>;

/** A library document's non-text fields. */
export const documentFactsSchema = z.object({
  id: recordIdSchema,
  reference: z.string().max(100).optional(),
  kind: documentKindSchema,
  title: z.string().max(300),
  productIds: z.array(recordIdSchema),
  status: documentStatusSchema,
  effectiveDate: isoDateSchema,
  reviewDate: isoDateSchema,
  language: z.string().max(10),
  deleted: z.boolean().default(false),
});
export type DocumentFacts = z.infer<typeof documentFactsSchema>;

export const productFactsSchema = z.object({
  id: recordIdSchema,
  brandName: z.string().max(100),
  deleted: z.boolean().default(false),
});
export type ProductFacts = z.infer<typeof productFactsSchema>;

export const eventFactsSchema = z.object({
  id: recordIdSchema,
  name: z.string().max(200),
  city: z.string().max(100),
  country: countrySchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  boothLabel: z.string().max(50).nullable().default(null),
  deleted: z.boolean().default(false),
});
export type EventFacts = z.infer<typeof eventFactsSchema>;

/** Everything one dashboard is computed from. */
export type InsightsInput = {
  inquiries: readonly InsightsInquiry[];
  responses: readonly ResponseRecord[];
  documentUses: readonly DocumentUse[];
  safetyReports: readonly SafetyReportFacts[];
  documents: readonly DocumentFacts[];
  products: readonly ProductFacts[];
  events: readonly EventFacts[];
  /** Public holidays of the affiliate's calendar (src/shared/domain/business-calendar.ts). */
  holidays: readonly string[];
};
