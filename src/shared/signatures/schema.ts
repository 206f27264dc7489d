import { z } from 'zod';
import { idSchema, syncedRecordSchema, timestampSchema } from '../schemas/common';
import { sha256HexSchema } from '../schemas/audit-event';
import { usernameSchema } from '../schemas/user';

/**
 * Electronic and handwritten signatures (21 CFR 11.50, 11.70, 11.200). One record per signing,
 * bound to the signed record by its table, id and the fields it covers, and to their content by
 * a SHA-256 of its canonical JSON. Signatures are never edited: a change of signed content needs
 * a new signature over at least the same fields (see locks.ts).
 */

/** What a signature means, shown beside the printed name and time (11.50(a)(3)). */
export const signatureMeaningSchema = z.enum([
  'authored',
  'reviewed',
  'approved',
  'sent',
  'acknowledged',
  'confirmed',
  // An HCP at the booth: "I request medical information on these questions" and, off-label,
  // "… and asked them on my own initiative" (proof of an unsolicited request).
  'request-confirmation',
  'unsolicited-request',
]);
export type SignatureMeaning = z.infer<typeof signatureMeaningSchema>;

/** The record a signature belongs to and the fields (dotted paths) whose content it covers. */
export const signatureBindingSchema = z.strictObject({
  table: z.string().min(1).max(64),
  recordId: z.string().min(1).max(64),
  fields: z.array(z.string().min(1).max(200)).min(1).max(100),
});
export type SignatureBinding = z.infer<typeof signatureBindingSchema>;

/** The ECDSA algorithm of electronic signatures (WebCrypto: P-256 with SHA-256, r‖s encoding). */
export const ELECTRONIC_SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/u, 'base64url without padding');

const signatureBaseSchema = syncedRecordSchema.extend({
  meaning: signatureMeaningSchema,
  signedAt: timestampSchema,
  binding: signatureBindingSchema,
  /** SHA-256 (hex) of the canonical JSON of the signed content. */
  contentHash: sha256HexSchema,
});

/**
 * A staff member's signature with user ID and password (two components, 11.200(a)(1)). The
 * manifest is signed with the account's private key, which only the password unwraps, so the
 * signature verifies anywhere with the public key on the account.
 */
export const electronicSignatureSchema = signatureBaseSchema.extend({
  kind: z.literal('electronic'),
  signerUserId: idSchema,
  signerUsername: usernameSchema,
  /** The printed name of the signer (11.50(a)(1)), as it was when signing. */
  printedName: z.string().trim().min(1).max(120),
  algorithm: z.literal(ELECTRONIC_SIGNATURE_ALGORITHM),
  keyId: z.string().min(8).max(100),
  /** The ECDSA signature of the manifest (64 bytes r‖s), base64url. */
  value: base64Url.length(86),
  personal: z.null(),
});
export type ElectronicSignature = z.infer<typeof electronicSignatureSchema>;

/** The HCP's name and the drawn image: personal data, encrypted at rest with the record. */
export const handwrittenPersonalSchema = z.strictObject({
  signerName: z.string().trim().min(1).max(200),
  image: z
    .string()
    .max(1_000_000)
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/u, 'A PNG image as a data URL'),
});
export type HandwrittenPersonal = z.infer<typeof handwrittenPersonalSchema>;

/**
 * What binds a handwritten signature drawn on screen (an HCP at the booth): the content hash, and
 * a hash of the personal part (the signer's name and drawing) in a manifest whose hash is stored.
 * The personal part itself is encrypted at rest, so the seal is all that is readable without
 * the key. A record may carry seals itself (the inquiry holds the HCP's signatures) or they are
 * rows of the signatures table (handwrittenSignatureSchema). The witness is the signed-in
 * officer who captured the signature.
 */
const handwrittenSealShape = {
  kind: z.literal('handwritten'),
  meaning: signatureMeaningSchema,
  signedAt: timestampSchema,
  binding: signatureBindingSchema,
  contentHash: sha256HexSchema,
  witnessUserId: idSchema,
  /** SHA-256 (hex) of the canonical JSON of the personal part: name and drawing together. */
  personalSha256: sha256HexSchema,
  manifestHash: sha256HexSchema,
};

export const handwrittenSealSchema = z.strictObject({ id: idSchema, ...handwrittenSealShape });
export type HandwrittenSeal = z.infer<typeof handwrittenSealSchema>;

/** A handwritten signature as a row of the signatures table, with its personal part. */
export const handwrittenSignatureSchema = syncedRecordSchema.extend({
  ...handwrittenSealShape,
  personal: handwrittenPersonalSchema,
});
export type HandwrittenSignature = z.infer<typeof handwrittenSignatureSchema>;

export const signatureSchema = z.discriminatedUnion('kind', [
  electronicSignatureSchema,
  handwrittenSignatureSchema,
]);
export type Signature = z.infer<typeof signatureSchema>;
