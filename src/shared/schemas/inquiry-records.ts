import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { sha256HexSchema } from './audit-event';

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
export const signatureMeaningSchema = z.enum(['request-confirmation', 'unsolicited-request']);
export type SignatureMeaning = z.infer<typeof signatureMeaningSchema>;

/**
 * The non-personal part of an HCP's signature. `contentHash` binds it to the record (21 CFR
 * 11.70): SHA-256 over the canonical JSON of the signed fields, the meaning, the time, the
 * printed name and the image (src/shared/domain/inquiry-signature.ts). A changed signed field no
 * longer matches the hash, so the signature cannot be carried over to other content.
 */
export const hcpSignatureSchema = z.object({
  id: idSchema,
  signedAt: timestampSchema,
  meaning: signatureMeaningSchema,
  contentHash: sha256HexSchema,
  /** The officer in whose presence the HCP signed. */
  witnessedBy: idSchema,
});
export type HcpSignature = z.infer<typeof hcpSignatureSchema>;

/** A PNG drawn on the signature pad, as a data URL (about 5–40 kB). */
export const signatureImageSchema = z
  .string()
  .max(1_000_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'Expected a PNG data URL');

/** The personal part of a signature: who signed, in their own hand. */
export const hcpSignaturePersonalSchema = z.object({
  printedName: z.string().trim().min(1, 'Enter the name of the person signing').max(200),
  image: signatureImageSchema,
});
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

/** What was sent (or read out), with which approved documents, when and by whom. */
export const responseRecordSchema = z.object({
  id: idSchema,
  sentAt: timestampSchema,
  sentBy: idSchema,
  method: responseMethodSchema,
  documentIds: z.array(idSchema),
  recipients: z.array(responseRecipientSchema).min(1, 'Choose who receives the response'),
});
export type ResponseRecord = z.infer<typeof responseRecordSchema>;
