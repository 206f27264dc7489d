import type { ResponseDocument } from '../../../shared/schemas';
import type { BundleDocument, BundleProduct, LibraryBundle } from '../../../shared/library/bundle';
import type { Timestamp } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { listDocuments } from './documents-repository';
import { listProducts } from './products-repository';

/** Base64 of bytes, in chunks: one String.fromCharCode call per byte would be slow. */
export function base64OfBytes(bytes: Uint8Array): string {
  const chunkSize = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

async function bundleDocumentOf(
  db: MedinfoDatabase,
  document: ResponseDocument,
  missing: string[],
): Promise<BundleDocument> {
  const attachments: BundleDocument['attachments'] = [];
  for (const attachment of document.attachments) {
    const blob = await db.blobs.get(attachment.sha256);
    if (blob === undefined) {
      missing.push(`${document.reference ?? document.title}: ${attachment.fileName}`);
      continue;
    }
    attachments.push({
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      role: attachment.role,
      sha256: attachment.sha256,
      contentBase64: base64OfBytes(blob.bytes),
    });
  }
  const approvedBy =
    document.approval === null
      ? document.origin?.kind === 'bundle'
        ? document.origin.approvedBy
        : undefined
      : { printedName: document.approval.printedName, signedAt: document.approval.signedAt };
  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    productIds: document.productIds,
    topics: document.topics,
    audience: document.audience,
    language: document.language,
    version: document.version,
    status: document.status,
    effectiveDate: document.effectiveDate,
    reviewDate: document.reviewDate,
    summary: document.summary,
    body: document.body,
    references: document.references,
    attachments,
    reference: document.reference,
    variantGroup: document.variantGroupId,
    lineage: document.lineageId,
    ...(approvedBy === undefined ? {} : { approvedBy: { ...approvedBy, meaning: 'approved' } }),
  };
}

/** The library as a bundle, and the attachments this device does not hold (left out). */
export type LibraryExport = { bundle: LibraryBundle; missingAttachments: string[] };

/**
 * The whole library (products and every version of every document that is not deleted) as a
 * library bundle (docs/library-bundle.md). Record ids travel as bundle ids, so importing the
 * export again updates the same records. Reads only; never throws on its own.
 */
export async function exportLibraryBundle(
  db: MedinfoDatabase,
  exportedAt: Timestamp,
): Promise<LibraryExport> {
  const products = await listProducts(db);
  const documents = await listDocuments(db);
  const missingAttachments: string[] = [];
  const bundleDocuments: BundleDocument[] = [];
  for (const document of documents) {
    bundleDocuments.push(await bundleDocumentOf(db, document, missingAttachments));
  }
  return {
    bundle: {
      format: 'medinfo-library',
      version: 1,
      source: 'medinfo-desk',
      exportedAt,
      products: products.map((product): BundleProduct => ({
        id: product.id,
        name: product.brandName,
        genericName: product.genericName,
        synonyms: product.synonyms,
        strengths: product.strengths,
        therapeuticArea: product.therapeuticArea,
        approvedIndications: product.approvedIndications,
      })),
      documents: bundleDocuments,
    },
    missingAttachments,
  };
}
