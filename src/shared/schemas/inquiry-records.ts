import { z } from 'zod';
import { idSchema, languageSchema, timestampSchema } from './common';
import { sha256HexSchema } from './audit-event';
import { handwrittenPersonalSchema, handwrittenSealSchema } from '../signatures/schema';

/*
 * The parts of an inquiry that record what happened around it: the HCP's on-screen signatures,
 * the unsolicited-request confirmation, follow-ups and what was sent. Fields added after version 1
 * carry defaults, so records written before them (and by other devices) still parse.
 */

/** The longest free text stored: 100 KB pasted from an e-mail must be kept verbatim. */
export const maxFreeTextLength = 200_000;

export const responseMethodSchema = z.enum(['letter', 'email', 'verbal']);
export type ResponseMethod = z.infer<typeof responseMethodSchema>;

/**
 * What an HCP's handwritten signature on screen means (21 CFR 11.50(a)(3)): that they asked for
 * this information, or that they asked for it on their own initiative (unsolicited off-label).
 */
export const hcpSignatureMeaningSchema = z.enum(['request-confirmation', 'unsolicited-request']);
export type HcpSignatureMeaning = z.infer<typeof hcpSignatureMeaningSchema>;

/**
 * The readable part of an HCP's signature: the seal of the e-signature service (src/shared/
 * signatures/handwritten.ts), bound to the inquiry's signed content (src/shared/domain/
 * inquiry-signature.ts) and to the signer's name and drawing by hashes. A changed signed field
 * no longer matches, so the signature cannot be carried over to other content.
 */
export const hcpSignatureSchema = handwrittenSealSchema.extend({
  meaning: hcpSignatureMeaningSchema,
});
export type HcpSignature = z.infer<typeof hcpSignatureSchema>;

/** The personal part of a signature — who signed, in their own hand — encrypted at rest. */
export const hcpSignaturePersonalSchema = handwrittenPersonalSchema;
export type HcpSignaturePersonal = z.infer<typeof hcpSignaturePersonalSchema>;

/**
 * How the request was confirmed as unsolicited (FDA 2011 draft guidance on unsolicited requests;
 * ABPI, EFPIA codes): who initiated it, who referred it, and the proof — the HCP's signature or
 * a confirmation recorded in writing or by phone. A request a company employee prompted is
 * solicited and must never be answered off-label.
 */
export const unsolicitedConfirmationSchema = z.object({
  confirmedAt: timestampSchema,
  method: z.enum(['signature', 'written', 'verbal']),
  signatureId: idSchema.nullable(),
  initiatedBy: z.enum(['requester', 'company']).default('requester'),
  referral: z.enum(['none', 'sales-representative', 'msl']).default('none'),
  recordedBy: idSchema.nullable().default(null),
});
export type UnsolicitedConfirmation = z.infer<typeof unsolicitedConfirmationSchema>;

export const followUpChannelSchema = z.enum(['phone', 'email', 'letter', 'in-person', 'other']);
export type FollowUpChannel = z.infer<typeof followUpChannelSchema>;

/** A contact after the first one; its text is personal (`personal.followUpNotes[id]`). */
export const followUpSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  by: idSchema,
  channel: followUpChannelSchema,
  direction: z.enum(['outgoing', 'incoming']),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/**
 * Who receives a response. There is deliberately no sales representative here: sales never see
 * inquiries or responses (PRODUCT.md, roles), and are never copied on off-label responses.
 */
export const responseRecipientSchema = z.enum(['requester', 'referring-msl']);
export type ResponseRecipient = z.infer<typeof responseRecipientSchema>;

/**
 * What was sent (or read out), with which approved documents, when and by whom. A letter made
 * in the app also names its language, the hash of its content, the SHA-256 of the PDF as sent (the frozen version: the
 * same input gives the same bytes, so it can be regenerated and compared), the "sent"
 * e-signature printed on it and, for a custom response, the specialist's review signature.
 * Responses recorded by hand, and those written before these fields, have them null.
 */
export const responseRecordSchema = z.object({
  id: idSchema,
  sentAt: timestampSchema,
  sentBy: idSchema,
  method: responseMethodSchema,
  documentIds: z.array(idSchema),
  recipients: z.array(responseRecipientSchema).min(1, 'Choose who receives the response'),
  language: languageSchema.nullable().default(null),
  /** SHA-256 of the canonical JSON of the letter's content before signing: what "sent" signs. */
  letterContentSha256: sha256HexSchema.nullable().default(null),
  pdfSha256: sha256HexSchema.nullable().default(null),
  signatureId: idSchema.nullable().default(null),
  reviewSignatureId: idSchema.nullable().default(null),
});
export type ResponseRecord = z.infer<typeof responseRecordSchema>;

export const customResponseStatusSchema = z.enum(['awaiting-review', 'reviewed', 'sent']);
export type CustomResponseStatus = z.infer<typeof customResponseStatusSchema>;

/**
 * A letter whose answer text the officer changed beyond the placeholders: a custom response,
 * which an mi-specialist reviews before it may be sent (PRODUCT.md job 3). The edited texts are
 * personal (they may name the patient): `personal.customResponseTexts[id]`, by document id.
 * `textSha256` is the SHA-256 of their canonical JSON, what the review signature covers, so a
 * text changed after review no longer counts as reviewed.
 */
export const customResponseSchema = z.object({
  id: idSchema,
  preparedAt: timestampSchema,
  preparedBy: idSchema,
  method: responseMethodSchema,
  language: languageSchema,
  documentIds: z.array(idSchema).min(1),
  textSha256: sha256HexSchema,
  status: customResponseStatusSchema,
  reviewSignatureId: idSchema.nullable(),
});
export type CustomResponse = z.infer<typeof customResponseSchema>;
