import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../domain/canonical-json';
import type { JsonValue } from '../schemas/common';
import type { ResponseDocumentFields } from '../schemas/response-document';

/** The fields an approval signs: everything a reader sees, nothing the workflow changes. */
export const approvalSignedFields = [
  'id',
  'reference',
  'lineageId',
  'variantGroupId',
  'kind',
  'title',
  'productIds',
  'topics',
  'audience',
  'language',
  'summary',
  'body',
  'references',
  'attachments',
  'version',
  'effectiveDate',
  'reviewDate',
] as const;

type SignedFields = Pick<ResponseDocumentFields, (typeof approvalSignedFields)[number]>;

/**
 * The approved content of a document version as plain JSON: its id and version (so a signature
 * cannot be copied to another record or version, 21 CFR 11.70), the text, the references, the
 * attachments' digests and the validity dates. Status, approval and sync fields are left out:
 * retiring a version must not break the signature it carries.
 */
export function approvalContentOf(document: SignedFields): JsonValue {
  return {
    id: document.id,
    reference: document.reference ?? null,
    lineageId: document.lineageId,
    variantGroupId: document.variantGroupId,
    kind: document.kind,
    title: document.title,
    productIds: [...document.productIds],
    topics: [...document.topics],
    audience: document.audience,
    language: document.language,
    summary: document.summary,
    body: document.body,
    references: document.references.map((reference) => ({ ...reference })),
    attachments: document.attachments.map(({ sha256: digest, fileName, mediaType, role }) => ({
      sha256: digest,
      fileName,
      mediaType,
      role,
    })),
    version: document.version,
    effectiveDate: document.effectiveDate,
    reviewDate: document.reviewDate,
  };
}

/**
 * SHA-256 (hex) of the canonical JSON of `approvalContentOf(document)`: what an approval
 * signature's `contentHash` must equal. Synchronous, so it can run inside a Dexie transaction.
 * Throws a TypeError only if a field holds something JSON cannot carry.
 */
export function documentContentHash(document: SignedFields): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(approvalContentOf(document)))));
}
