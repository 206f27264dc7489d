import { z } from 'zod';
import { idSchema, isoDateSchema, languageSchema, syncedRecordSchema } from './common';

export const documentKindSchema = z.enum(['srd', 'faq']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const audienceSchema = z.enum(['hcp', 'patient']);
export type Audience = z.infer<typeof audienceSchema>;

/** Only `approved` documents inside their review period may be sent (PRODUCT.md job 2). */
export const documentStatusSchema = z.enum(['draft', 'in-review', 'approved', 'retired']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** A literature reference, structured so letters can format it in one house style. */
export const literatureReferenceSchema = z.object({
  authors: z.string().trim().min(1).max(500),
  title: z.string().trim().min(1).max(500),
  /** Journal with volume and pages, or e.g. `Data on file, Halvorsen Pharma`. */
  source: z.string().trim().min(1).max(300),
  year: z.number().int().min(1900).max(2100),
  doi: z.string().trim().min(1).max(200).nullable(),
});
export type LiteratureReference = z.infer<typeof literatureReferenceSchema>;

/**
 * A standard response document (SRD) or FAQ: approved, versioned content. Translations of one
 * document share a `variantGroupId` so a letter can switch to the requester's language.
 */
export const responseDocumentSchema = syncedRecordSchema
  .extend({
    kind: documentKindSchema,
    title: z.string().trim().min(1).max(300),
    productIds: z.array(idSchema).min(1),
    topics: z.array(z.string().trim().min(1).max(100)),
    audience: audienceSchema,
    language: languageSchema,
    summary: z.string().trim().min(1).max(2000),
    /** Markdown. */
    body: z.string().trim().min(1).max(200_000),
    references: z.array(literatureReferenceSchema),
    version: z.number().int().positive(),
    status: documentStatusSchema,
    effectiveDate: isoDateSchema,
    reviewDate: isoDateSchema,
    variantGroupId: idSchema,
  })
  .refine((document) => document.reviewDate >= document.effectiveDate, {
    message: 'The review date is before the effective date',
    path: ['reviewDate'],
  });
export type ResponseDocument = z.infer<typeof responseDocumentSchema>;
