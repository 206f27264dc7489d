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
import { writeSyncedGroup } from './write-group';
import type { GroupOutcome } from './write-group';
import type { Actor } from './write-synced';

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

function tally(
  outcomes: readonly GroupOutcome[],
  table: 'products' | 'documents',
): LibraryImportSummary['products'] {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const { outcome } of outcomes.filter((entry) => entry.table === table)) counts[outcome] += 1;
  return counts;
}

type Attachment = { key: string; bytes: Uint8Array; mediaType: string };

/** The bundle's attachment bytes with their keys, each checked against its stated digest. */
function attachmentsOf(bundle: LibraryBundle): Attachment[][] {
  return bundle.documents.map((document, documentIndex) =>
    document.attachments.map((attachment, index) => {
      const bytes = bytesOfBase64(attachment.contentBase64);
      const key = blobKeyOf(bytes);
      if (attachment.sha256 !== undefined && attachment.sha256 !== key) {
        throw new LibraryImportError(
          `documents[${documentIndex}].attachments[${index}].sha256: does not match the file`,
        );
      }
      return { key, bytes, mediaType: attachment.mediaType };
    }),
  );
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

/**
 * Stored approved versions older than the newest approved version of their lineage, once the
 * bundle's documents are in: they are retired in the same write.
 */
async function supersededStored(
  db: MedinfoDatabase,
  imported: readonly ResponseDocument[],
): Promise<ResponseDocument[]> {
  const importedIds = new Set(imported.map((document) => document.id));
  const superseded: ResponseDocument[] = [];
  for (const lineageId of new Set(imported.map((document) => document.lineageId))) {
    const stored = (await listDocumentVersions(db, lineageId)).filter(
      (version) => !importedIds.has(version.id),
    );
    const approved = [...stored, ...imported.filter((document) => document.lineageId === lineageId)]
      .filter((version) => version.status === 'approved')
      .sort((left, right) => compareVersions(right.version, left.version));
    const newest = approved[0];
    if (newest === undefined) continue;
    superseded.push(
      ...stored
        .filter((version) => version.status === 'approved' && version.id !== newest.id)
        .map((version) => ({ ...version, status: 'retired' as const })),
    );
  }
  return superseded;
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
  const attachments = attachmentsOf(bundle);
  let retired = 0;
  const outcomes = await writeSyncedGroup(db, actor, [db.blobs], async () => {
    const productIds = bundle.products.map((entry) => productIdOf(bundle.source, entry.id));
    const storedProducts = await db.products.bulkGet(productIds);
    const products: Product[] = bundle.products.map((entry, index) =>
      productRecordOf(entry, storedProducts[index], newRecordFields(actor, productIds[index])),
    );
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
          (attachments[index] ?? []).map((attachment) => attachment.key),
        ),
      ),
    );
    await requireKnownProducts(db, documents, new Set(productIds));
    validated(documents, storedDocuments);
    const superseded = await supersededStored(db, documents);
    retired = superseded.length;
    return {
      mayUpdate: true,
      writes: [
        { table: 'products', records: products, operation: 'put' },
        { table: 'documents', records: [...documents, ...superseded], operation: 'put' },
      ],
      // The bytes go in with the records that name them: a bundle is stored whole or not at all.
      alsoInTransaction: async () => {
        for (const attachment of attachments.flat()) {
          await storeBlob(db, attachment.bytes, attachment.mediaType, actor.at);
        }
      },
    };
  });
  return {
    products: tally(outcomes, 'products'),
    documents: tally(outcomes, 'documents'),
    retired,
  };
}
