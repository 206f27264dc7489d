import { z } from 'zod';
import { sha256HexSchema } from '../schemas/audit-event';
import { countrySchema, isoDateSchema, languageSchema, timestampSchema } from '../schemas/common';
import {
  audienceSchema,
  citationReferenceSchema,
  documentKindSchema,
  documentStatusSchema,
  documentVersionSchema,
  maxAttachmentBytes,
  structuredReferenceSchema,
} from '../schemas/response-document';

/*
 * The library bundle, version 1: how libraries travel between the central content system and
 * laptops (docs/library-bundle.md). Ids are the bundle's own; the importer derives stable
 * record ids from them. Unknown fields are ignored, so later versions can add some.
 */

const bundleId = z
  .string()
  .trim()
  .min(1, 'expected an id')
  .max(200)
  .regex(/^[^\s]+$/, 'expected an id without spaces');

const text = (max: number): z.ZodString =>
  z.string().trim().min(1, 'expected text').max(max, `expected at most ${max} characters`);

export const bundleProductSchema = z.object({
  id: bundleId,
  name: text(100),
  genericName: text(200),
  synonyms: z.array(text(100)).max(50).default([]),
  strengths: z.array(text(100)).max(50).optional(),
  therapeuticArea: z.string().trim().max(100).optional(),
  approvedIndications: z
    .array(z.object({ country: countrySchema, text: text(2000) }))
    .max(100)
    .default([]),
});
export type BundleProduct = z.infer<typeof bundleProductSchema>;

/** Authors as a list, or as one string as many reference managers export them. */
const bundleStructuredReferenceSchema = structuredReferenceSchema.extend({
  authors: z.union([z.array(text(200)).max(100), text(2000).transform((authors) => [authors])]),
});

export const bundleReferenceSchema = z.union([
  bundleStructuredReferenceSchema,
  citationReferenceSchema,
]);

/** Base64 of the file: the standard alphabet, padded. */
const base64Schema = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64 text')
  .refine((value) => value.length % 4 === 0, 'expected padded base64 text')
  .refine((value) => (value.length / 4) * 3 <= maxAttachmentBytes + 2, 'file too large');

export const bundleAttachmentSchema = z.object({
  fileName: text(255),
  mediaType: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'expected a media type such as application/pdf'),
  role: z.enum(['prescribing-information', 'enclosure']).default('enclosure'),
  sha256: sha256HexSchema.optional(),
  contentBase64: base64Schema,
});
export type BundleAttachment = z.infer<typeof bundleAttachmentSchema>;

export const bundleApprovalSchema = z.object({
  printedName: text(120),
  signedAt: timestampSchema,
  meaning: z.literal('approved'),
});

export const bundleDocumentSchema = z.object({
  id: bundleId,
  kind: documentKindSchema,
  title: text(300),
  productIds: z.array(bundleId).min(1, 'expected at least one product'),
  topics: z.array(text(100)).max(50).default([]),
  audience: audienceSchema,
  language: languageSchema,
  version: z.union([
    documentVersionSchema,
    z
      .number()
      .int()
      .positive()
      .transform((version) => `${version}.0`),
  ]),
  status: documentStatusSchema,
  effectiveDate: isoDateSchema,
  reviewDate: isoDateSchema,
  summary: text(2000),
  body: text(200_000),
  references: z.array(bundleReferenceSchema).max(200).default([]),
  attachments: z.array(bundleAttachmentSchema).max(20).default([]),
  /** The document number shown to people, e.g. SRD-CDX-001. */
  reference: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, 'expected capital letters, digits and -')
    .optional(),
  /** Documents with the same variant group are translations of each other. */
  variantGroup: bundleId.optional(),
  /** Versions of one document share a lineage; by default the document id is its lineage. */
  lineage: bundleId.optional(),
  /** Who approved it in the central system (shown; the signature record stays there). */
  approvedBy: bundleApprovalSchema.optional(),
});
export type BundleDocument = z.infer<typeof bundleDocumentSchema>;

export const libraryBundleSchema = z.object({
  format: z.literal('medinfo-library', { error: 'expected "medinfo-library"' }),
  version: z.literal(1, { error: 'expected 1 (the only bundle version this app reads)' }),
  /** Names the system the ids come from, so two sources' "d1" do not collide. */
  source: z.string().trim().min(1).max(100).default('default'),
  exportedAt: timestampSchema.optional(),
  products: z.array(bundleProductSchema).max(10_000),
  documents: z.array(bundleDocumentSchema).max(100_000),
});
export type LibraryBundle = z.infer<typeof libraryBundleSchema>;
export type LibraryBundleInput = z.input<typeof libraryBundleSchema>;
