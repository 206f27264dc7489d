import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Product } from '../../schemas/product';
import type { ResponseDocument } from '../../schemas/response-document';

/**
 * Bumped whenever analysis changes (fields, stemming, vocabulary rules): a persisted index of
 * another format is rebuilt rather than mixed with new terms.
 */
export const librarySearchFormat = 1;

/** What changes when a stored document changes: its device time and its server revision. */
export function documentRevision(
  document: Pick<ResponseDocument, 'updatedAt' | 'serverRevision'>,
): string {
  return `${document.updatedAt}#${document.serverRevision ?? ''}`;
}

function digest(lines: string[]): string {
  return bytesToHex(sha256(utf8ToBytes(lines.join('\n'))));
}

/** SHA-256 over the product names the index depends on (ids, names, synonyms). */
export function productsFingerprint(products: readonly Product[]): string {
  const lines = products
    .filter((product) => !product.deleted)
    .map((product) =>
      JSON.stringify([product.id, product.brandName, product.genericName, product.synonyms]),
    )
    .sort();
  return digest([`format ${librarySearchFormat}`, ...lines]);
}

/**
 * SHA-256 over the revision of every live document and over the products: equal fingerprints
 * mean a persisted index still describes the library.
 */
export function libraryFingerprint(
  documents: readonly ResponseDocument[],
  products: readonly Product[],
): string {
  const lines = documents
    .filter((document) => !document.deleted)
    .map((document) => `${document.id} ${documentRevision(document)}`)
    .sort();
  return digest([productsFingerprint(products), ...lines]);
}
