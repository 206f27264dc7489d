import type { Id, Product, ResponseDocument } from '../../../shared/schemas';
import { isId } from '../../../shared/domain';
import type { BundleDocument, BundleProduct, LibraryBundle } from '../../../shared/library/bundle';
import { derivedLibraryId } from '../../../shared/library/stable-id';
import type { SyncedRecord } from '../../../shared/schemas';

/*
 * From bundle entries to records. Ids that are already UUID v7 (a bundle this app exported) are
 * kept; other bundle ids become derived ids, the same on every import (decision 0032).
 */

export function productIdOf(source: string, bundleId: string): Id {
  return isId(bundleId) ? bundleId : derivedLibraryId('product', source, bundleId);
}

export function documentIdOf(source: string, document: BundleDocument): Id {
  return isId(document.id)
    ? document.id
    : derivedLibraryId('document', source, document.id, document.version);
}

function groupIdOf(kind: string, source: string, bundleId: string): Id {
  return isId(bundleId) ? bundleId : derivedLibraryId(kind, source, bundleId);
}

export function lineageIdOf(source: string, document: BundleDocument): Id {
  return groupIdOf('lineage', source, document.lineage ?? document.id);
}

export function variantGroupIdOf(source: string, document: BundleDocument): Id {
  return document.variantGroup === undefined
    ? lineageIdOf(source, document)
    : groupIdOf('variants', source, document.variantGroup);
}

/** A product record from a bundle entry; what the bundle does not say is kept from `existing`. */
export function productRecordOf(
  entry: BundleProduct,
  existing: Product | undefined,
  fresh: SyncedRecord & { id: Id },
): Product {
  return {
    ...(existing ?? fresh),
    deleted: false,
    brandName: entry.name,
    genericName: entry.genericName,
    synonyms: entry.synonyms,
    strengths: entry.strengths ?? existing?.strengths ?? [],
    therapeuticArea: entry.therapeuticArea ?? existing?.therapeuticArea ?? '',
    approvedIndications: entry.approvedIndications,
  };
}

/** Where a bundle document's attachments' bytes went: their SHA-256 keys, in order. */
export type StoredAttachments = readonly string[];

/** A document record from a bundle entry, keeping a local approval and creation fields. */
export function documentRecordOf(
  bundle: LibraryBundle,
  entry: BundleDocument,
  existing: ResponseDocument | undefined,
  fresh: SyncedRecord & { id: Id },
  attachmentKeys: StoredAttachments,
): ResponseDocument {
  return {
    ...(existing ?? fresh),
    deleted: false,
    reference: entry.reference ?? existing?.reference,
    kind: entry.kind,
    title: entry.title,
    productIds: entry.productIds.map((id) => productIdOf(bundle.source, id)),
    topics: entry.topics,
    audience: entry.audience,
    language: entry.language,
    summary: entry.summary,
    body: entry.body,
    references: entry.references,
    attachments: entry.attachments.map((attachment, index) => ({
      sha256: attachmentKeys[index] ?? '',
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      byteLength:
        Math.floor((attachment.contentBase64.length * 3) / 4) - padding(attachment.contentBase64),
      role: attachment.role,
    })),
    version: entry.version,
    status: entry.status,
    effectiveDate: entry.effectiveDate,
    reviewDate: entry.reviewDate,
    variantGroupId: variantGroupIdOf(bundle.source, entry),
    lineageId: lineageIdOf(bundle.source, entry),
    supersedesId: existing?.supersedesId ?? null,
    approval: existing?.approval ?? null,
    origin: {
      kind: 'bundle',
      source: bundle.source,
      externalId: entry.id,
      ...(entry.approvedBy === undefined
        ? {}
        : {
            approvedBy: {
              printedName: entry.approvedBy.printedName,
              signedAt: entry.approvedBy.signedAt,
            },
          }),
    },
  };
}

function padding(base64: string): number {
  return base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
}
