import { responseDocumentSchema } from '../../../shared/schemas';
import type { Id, Product, ResponseDocument } from '../../../shared/schemas';
import type { LibraryBundle } from '../../../shared/library/bundle';
import { compareVersions } from '../../../shared/library/versions';
import { blobKeyOf, storeBlob } from './blobs-repository';
import type { MedinfoDatabase } from './db';
import { listDocumentVersions } from './documents-repository';
import {
  documentIdOf,
  documentRecordOf,
  productIdOf,
  productRecordOf,
} from './library-bundle-records';
import { LibraryImportError } from './library-errors';
import { newRecordFields } from './record-fields';
import { documentFromRow } from './synced-tables';
import { writeSyncedBatch, type Actor, type WriteReceipt } from './write-synced';

/** What an import did: records created, changed, and already identical. */
export type LibraryImportSummary = {
  products: { created: number; updated: number; unchanged: number };
  documents: { created: number; updated: number; unchanged: number };
  /** Older approved versions retired because the bundle brought a newer approved one. */
  retired: number;
};

/** Bytes of base64 text (the parser has checked the alphabet). */
export function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function tally<T extends 'products' | 'documents'>(
  receipts: readonly WriteReceipt<T>[],
  existing: readonly unknown[],
): LibraryImportSummary[T] {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  receipts.forEach((receipt, index) => {
    if (receipt.mutationId === null) counts.unchanged += 1;
    else if (existing[index] === undefined) counts.created += 1;
    else counts.updated += 1;
  });
  return counts;
}

async function storeAttachments(
  db: MedinfoDatabase,
  bundle: LibraryBundle,
  actor: Actor,
): Promise<string[][]> {
  const keys: string[][] = [];
  for (const [documentIndex, document] of bundle.documents.entries()) {
    const documentKeys: string[] = [];
    for (const [index, attachment] of document.attachments.entries()) {
      const bytes = bytesOfBase64(attachment.contentBase64);
      if (attachment.sha256 !== undefined && attachment.sha256 !== blobKeyOf(bytes)) {
        throw new LibraryImportError(
          `documents[${documentIndex}].attachments[${index}].sha256: does not match the file`,
        );
      }
      documentKeys.push(await storeBlob(db, bytes, attachment.mediaType, actor.at));
    }
    keys.push(documentKeys);
  }
  return keys;
}

async function requireKnownProducts(
  db: MedinfoDatabase,
  documents: readonly ResponseDocument[],
  imported: ReadonlySet<Id>,
): Promise<void> {
  for (const [index, document] of documents.entries()) {
    for (const [position, productId] of document.productIds.entries()) {
      if (imported.has(productId)) continue;
      const product = await db.products.get(productId);
      if (product === undefined || product.deleted) {
        throw new LibraryImportError(
          `documents[${index}].productIds[${position}]: no product ${productId} in the bundle or the library`,
        );
      }
    }
  }
}

/** Checks each document before writing, so an error names the bundle entry. */
function validated(
  documents: readonly ResponseDocument[],
  stored: readonly (ResponseDocument | undefined)[],
): void {
  documents.forEach((document, index) => {
    const before = stored[index];
    if (before?.reference !== undefined && document.reference !== before.reference) {
      throw new LibraryImportError(
        `documents[${index}].reference: cannot change from ${before.reference} to ${document.reference ?? 'nothing'}`,
      );
    }
    const result = responseDocumentSchema.safeParse(document);
    if (result.success) return;
    const [issue] = result.error.issues;
    const path =
      issue?.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('') ?? '';
    const isLocked = issue?.path[0] === 'approval';
    throw new LibraryImportError(
      isLocked
        ? `documents[${index}]: version ${document.version} was approved on this device and its content cannot change; give the changed document a new version`
        : `documents[${index}]${path}: ${issue?.message ?? 'invalid'}`,
    );
  });
}

/** Within the bundle, an approved version older than another approved one arrives retired. */
function withSupersededRetired(documents: readonly ResponseDocument[]): ResponseDocument[] {
  const newest = new Map<Id, string>();
  for (const document of documents) {
    if (document.status !== 'approved') continue;
    const known = newest.get(document.lineageId);
    if (known === undefined || compareVersions(document.version, known) > 0) {
      newest.set(document.lineageId, document.version);
    }
  }
  return documents.map((document) => {
    const latest = newest.get(document.lineageId);
    const isSuperseded =
      document.status === 'approved' &&
      latest !== undefined &&
      compareVersions(document.version, latest) < 0;
    return isSuperseded ? { ...document, status: 'retired' } : document;
  });
}

/** Retires approved versions older than the newest approved one of each lineage touched. */
async function retireSuperseded(
  db: MedinfoDatabase,
  lineageIds: ReadonlySet<Id>,
  actor: Actor,
): Promise<number> {
  const superseded: ResponseDocument[] = [];
  for (const lineageId of lineageIds) {
    const approved = (await listDocumentVersions(db, lineageId)).filter(
      (version) => version.status === 'approved',
    );
    const [newest, ...older] = approved.sort((left, right) =>
      compareVersions(right.version, left.version),
    );
    if (newest !== undefined)
      superseded.push(...older.map((version) => ({ ...version, status: 'retired' as const })));
  }
  if (superseded.length > 0) {
    await writeSyncedBatch(db, {
      table: 'documents',
      records: superseded,
      actor,
      operation: 'put',
    });
  }
  return superseded.length;
}

/**
 * Imports a parsed library bundle in ONE transaction — products, documents, attachment bytes,
 * outbox and audit — so a bundle is stored whole or not at all. Bundle ids map to stable record
 * ids: importing the same bundle again updates (or leaves unchanged), never duplicates. A newer
 * approved version retires the older approved ones of its lineage. Throws LibraryImportError
 * naming the bundle entry at fault (unknown product, attachment digest, a changed reference, a
 * locally signed version whose content would change, an invalid field).
 */
export async function importLibraryBundle(
  db: MedinfoDatabase,
  bundle: LibraryBundle,
  actor: Actor,
): Promise<LibraryImportSummary> {
  const tables = [db.products, db.documents, db.blobs, db.outbox, db.audit, db.meta];
  return db.transaction('rw', tables, async () => {
    const productIds = bundle.products.map((entry) => productIdOf(bundle.source, entry.id));
    const storedProducts = await db.products.bulkGet(productIds);
    const products: Product[] = bundle.products.map((entry, index) =>
      productRecordOf(entry, storedProducts[index], newRecordFields(actor, productIds[index])),
    );
    const attachmentKeys = await storeAttachments(db, bundle, actor);
    const documentIds = bundle.documents.map((entry) => documentIdOf(bundle.source, entry));
    const storedRows = await db.documents.bulkGet(documentIds);
    const storedDocuments = storedRows.map((row) =>
      row === undefined ? undefined : documentFromRow(row),
    );
    const documents = withSupersededRetired(
      bundle.documents.map((entry, index) =>
        documentRecordOf(
          bundle,
          entry,
          storedDocuments[index],
          newRecordFields(actor, documentIds[index]),
          attachmentKeys[index] ?? [],
        ),
      ),
    );
    await requireKnownProducts(db, documents, new Set(productIds));
    validated(documents, storedDocuments);
    const productReceipts = await writeSyncedBatch(db, {
      table: 'products',
      records: products,
      actor,
      operation: 'put',
    });
    const documentReceipts = await writeSyncedBatch(db, {
      table: 'documents',
      records: documents,
      actor,
      operation: 'put',
    });
    const retired = await retireSuperseded(
      db,
      new Set(documents.map((document) => document.lineageId)),
      actor,
    );
    return {
      products: tally(productReceipts, storedProducts),
      documents: tally(documentReceipts, storedDocuments),
      retired,
    };
  });
}
