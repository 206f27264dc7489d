import { z } from 'zod';
import { documentContentHash } from '../library/approval';
import {
  idSchema,
  isoDateSchema,
  languageSchema,
  syncedRecordSchema,
  timestampSchema,
} from './common';
import { sha256HexSchema } from './audit-event';
import { documentApprovalSignatureSchema } from './document-signature';
import { upgradeStoredDocument } from './response-document-upgrade';

export const documentKindSchema = z.enum(['srd', 'faq']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const audienceSchema = z.enum(['hcp', 'patient']);
export type Audience = z.infer<typeof audienceSchema>;

/**
 * draft → in-review → approved → retired. Only `approved` documents inside their review period
 * may be sent (PRODUCT.md job 2); approving a new version retires the one it supersedes.
 */
export const documentStatusSchema = z.enum(['draft', 'in-review', 'approved', 'retired']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** A version label as document control writes it: `1.0`, `2.1`, `3`. */
export const documentVersionSchema = z
  .string()
  .regex(/^\d{1,4}(\.\d{1,4}){0,2}$/, 'Expected a version such as 1.0 or 2.1');
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

const shortText = (max: number): z.ZodString =>
  z.string().trim().min(1, 'Expected text').max(max, `Expected at most ${max} characters`);

/**
 * A literature reference with its parts, formatted in Vancouver style wherever it is shown or
 * printed (src/shared/library/vancouver.ts). `journal` also holds sources such as
 * `Data on file, Halvorsen Pharma`.
 */
export const structuredReferenceSchema = z.object({
  /** `Lindqvist E`, or a group author such as `Halvorsen Pharma`, in the order published. */
  authors: z.array(shortText(200)).max(100),
  title: shortText(500),
  journal: shortText(300).optional(),
  year: z.number().int().min(1800).max(2100),
  volume: shortText(20).optional(),
  issue: shortText(20).optional(),
  pages: shortText(30).optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S{1,200}$/, 'Expected a DOI such as 10.1000/xyz123')
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/, 'Expected a PubMed ID of digits only')
    .optional(),
});
export type StructuredReference = z.infer<typeof structuredReferenceSchema>;

/** A reference given as one ready-made citation, shown verbatim. */
export const citationReferenceSchema = z.object({ citation: shortText(2000) });
export type CitationReference = z.infer<typeof citationReferenceSchema>;

export const literatureReferenceSchema = z.union([
  structuredReferenceSchema,
  citationReferenceSchema,
]);
export type LiteratureReference = z.infer<typeof literatureReferenceSchema>;

/** Larger files belong in a document management system, not on a congress laptop. */
export const maxAttachmentBytes = 25 * 1024 * 1024;

/**
 * A file enclosed with the document, e.g. the prescribing information an off-label response
 * must enclose (PRODUCT.md). The bytes live in the local `blobs` table under their SHA-256 and
 * sync as content-addressed blobs (ARCHITECTURE.md, Files).
 */
export const documentAttachmentSchema = z.object({
  sha256: sha256HexSchema,
  fileName: shortText(255),
  mediaType: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'Expected a media type such as application/pdf'),
  byteLength: z.number().int().positive().max(maxAttachmentBytes),
  role: z.enum(['prescribing-information', 'enclosure']),
});
export type DocumentAttachment = z.infer<typeof documentAttachmentSchema>;

/** Where a document came from when it was not written in the app. */
export const documentOriginSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('bundle'),
    source: shortText(100),
    externalId: shortText(200),
    /** Who approved it in the source system, when the bundle says (shown, not a signature). */
    approvedBy: z.object({ printedName: shortText(120), signedAt: timestampSchema }).optional(),
  }),
  z.object({ kind: z.literal('docx'), fileName: shortText(255) }),
]);
export type DocumentOrigin = z.infer<typeof documentOriginSchema>;

const documentFieldsSchema = syncedRecordSchema.extend({
  kind: documentKindSchema,
  title: shortText(300),
  productIds: z.array(idSchema).min(1),
  topics: z.array(shortText(100)).max(50),
  audience: audienceSchema,
  language: languageSchema,
  summary: shortText(2000),
  /** Markdown, rendered without raw HTML (decision 0030). */
  body: shortText(200_000),
  references: z.array(literatureReferenceSchema).max(200),
  attachments: z.array(documentAttachmentSchema).max(20),
  version: documentVersionSchema,
  status: documentStatusSchema,
  effectiveDate: isoDateSchema,
  /** After this date the document is expired: flagged everywhere, never sent. */
  reviewDate: isoDateSchema,
  /** Translations of one document share this id, so a letter can switch language. */
  variantGroupId: idSchema,
  /** Every version of one document (in one language) shares this id: its version history. */
  lineageId: idSchema,
  /** The version this one replaces; approving this one retires that one. */
  supersedesId: idSchema.nullable(),
  /** The e-signature that approved exactly this content; null until approved here. */
  approval: documentApprovalSignatureSchema.nullable(),
  origin: documentOriginSchema.nullable(),
});

/** A document's fields as stored (what the approval hash is computed over a part of). */
export type ResponseDocumentFields = z.infer<typeof documentFieldsSchema>;

/**
 * A standard response document (SRD) or FAQ: approved, versioned content. Each version is its
 * own record. Documents stored by an earlier app version are upgraded as they are read
 * (`upgradeStoredDocument`, decision 0031), never rewritten by a migration.
 */
export const responseDocumentSchema = z.preprocess(
  upgradeStoredDocument,
  documentFieldsSchema
    .refine((document) => document.reviewDate >= document.effectiveDate, {
      message: 'The review date is before the effective date',
      path: ['reviewDate'],
    })
    .refine(
      (document) =>
        document.approval === null ||
        document.status === 'approved' ||
        document.status === 'retired',
      { message: 'Only an approved or retired document carries an approval', path: ['approval'] },
    )
    .refine(
      (document) =>
        document.approval === null ||
        document.approval.contentHash === documentContentHash(document),
      {
        // 21 CFR 11.70: a signature stays bound to the content it signed.
        message: 'The approval signature does not match this content: a signed version is locked',
        path: ['approval', 'contentHash'],
      },
    ),
);
export type ResponseDocument = z.infer<typeof responseDocumentSchema>;
