import { z } from 'zod';
import { countrySchema, idSchema, timestampSchema } from './common';
import { optionalText, partialDateSchema, reporterContactSchema } from './safety-parts';

/**
 * A product quality complaint with the fields 21 CFR 211.198(b) requires a complaint record to
 * hold: product name and strength, lot number, complainant, nature of the complaint, and the
 * reply to the complainant; plus expiry and whether a sample can be returned for investigation.
 */

/** What is wrong with the product, as QA triages it. Device malfunctions are complaints too. */
export const complaintNatureSchema = z.enum([
  'device-malfunction',
  'packaging',
  'labelling',
  'appearance',
  'foreign-matter',
  'contamination',
  'missing-or-broken-units',
  'suspected-counterfeit',
  'other',
]);
export type ComplaintNature = z.infer<typeof complaintNatureSchema>;

export const complainantTypeSchema = z.enum([
  'patient',
  'caregiver',
  'physician',
  'pharmacist',
  'nurse',
  'other-hcp',
  'other',
]);
export type ComplainantType = z.infer<typeof complainantTypeSchema>;

/** The reply 211.198 requires to be recorded: whether, when and how the complainant was answered. */
export const complaintReplySchema = z.object({
  status: z.enum(['pending', 'sent', 'not-required']),
  sentAt: timestampSchema.nullable(),
  method: z.enum(['letter', 'email', 'phone']).nullable(),
});
export type ComplaintReply = z.infer<typeof complaintReplySchema>;

/** The non-personal part of a complaint: what QA trends and investigates. */
export const productComplaintSchema = z.object({
  productId: idSchema.nullable(),
  productName: z.string().trim().min(1, { message: 'safetyReports.errors.required' }).max(250),
  strength: optionalText(100),
  lotNumber: optionalText(35),
  /** As printed on the pack: often only month and year. */
  expiryDate: partialDateSchema.nullable(),
  nature: complaintNatureSchema,
  sampleAvailability: z.enum(['available', 'not-available', 'unknown']),
  complainantType: complainantTypeSchema,
  complainantCountry: countrySchema.nullable(),
  reply: complaintReplySchema,
});
export type ProductComplaint = z.infer<typeof productComplaintSchema>;

/**
 * Personal parts of a complaint. The complainant's contact uses the same part name as an AE
 * reporter's (`reporterContact`), so the sync server's rule that hides it from PV applies here too.
 */
export const productComplaintPersonalSchema = z.object({
  complainant: z.object({ name: optionalText(200), organisation: optionalText(200) }),
  reporterContact: reporterContactSchema,
  /** The complaint in the complainant's words: may name a patient, so it is personal. */
  description: z.string().trim().max(10_000),
  replyText: z.string().trim().max(10_000),
});
export type ProductComplaintPersonal = z.infer<typeof productComplaintPersonalSchema>;
