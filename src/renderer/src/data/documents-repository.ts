import type {
  DocumentStatus,
  Id,
  IsoDate,
  Language,
  ResponseDocument,
} from '../../../shared/schemas';
import { compareVersions } from '../../../shared/library/versions';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { documentFromRow } from './synced-tables';
import { commitSynced, writeSynced, writeSyncedBatch } from './write-synced';
import type { Actor } from './write-synced';

/** Narrows `listDocuments`; every given field must match. */
export type DocumentFilter = {
  productId?: Id;
  status?: DocumentStatus;
  language?: Language;
};

/**
 * Creates or updates a library document through the synced write path (outbox + audit, one
 * transaction). Throws a ZodError when the document is invalid (e.g. a review date before the
 * effective date) and StoreNotOpenError without a device identity.
 */
export async function saveDocument(
  db: MedinfoDatabase,
  document: ResponseDocument,
  actor: Actor,
): Promise<ResponseDocument> {
  const receipt = await writeSynced(db, {
    table: 'documents',
    record: document,
    actor,
    operation: 'put',
  });
  return receipt.record;
}

/** `saveDocument` for many documents in one transaction (all or nothing); throws the same. */
export async function saveDocuments(
  db: MedinfoDatabase,
  documents: readonly ResponseDocument[],
  actor: Actor,
): Promise<ResponseDocument[]> {
  const receipts = await writeSyncedBatch(db, {
    table: 'documents',
    records: documents,
    actor,
    operation: 'put',
  });
  return receipts.map((receipt) => receipt.record);
}

/** A document by id; undefined when unknown or deleted. */
export async function getDocument(
  db: MedinfoDatabase,
  id: Id,
): Promise<ResponseDocument | undefined> {
  const row = await db.documents.get(id);
  return row === undefined || row.deleted ? undefined : documentFromRow(row);
}

/**
 * Documents that are not deleted, by title. Uses the product index when filtering by product;
 * full-text search belongs to the library's in-memory index, not to this list.
 */
export async function listDocuments(
  db: MedinfoDatabase,
  filter: DocumentFilter = {},
): Promise<ResponseDocument[]> {
  const { productId, status, language } = filter;
  const rows =
    productId === undefined
      ? await db.documents.toArray()
      : await db.documents.where('productIds').equals(productId).toArray();
  return rows
    .filter(
      (row) =>
        !row.deleted &&
        (status === undefined || row.status === status) &&
        (language === undefined || row.language === language),
    )
    .map(documentFromRow)
    .sort((left, right) => left.title.localeCompare(right.title));
}

/**
 * Deletes a document as a tombstone. Throws RecordNotFoundError when it does not exist or is
 * already deleted.
 */
export async function deleteDocument(db: MedinfoDatabase, id: Id, actor: Actor): Promise<void> {
  await commitSynced(db, {
    table: 'documents',
    actor,
    operation: 'delete',
    ids: [id],
    build: ([current]) => {
      if (!current || current.deleted) throw new RecordNotFoundError('documents', id);
      return [current];
    },
  });
}

/**
 * Every version of a document (one lineage), newest version first, tombstones left out.
 * Documents stored before lineages existed are their own lineage (their id).
 */
export async function listDocumentVersions(
  db: MedinfoDatabase,
  lineageId: Id,
): Promise<ResponseDocument[]> {
  const [rows, first] = await Promise.all([
    db.documents.where('lineageId').equals(lineageId).toArray(),
    db.documents.get(lineageId),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  if (first !== undefined) byId.set(first.id, first);
  return [...byId.values()]
    .filter((row) => !row.deleted)
    .map(documentFromRow)
    .filter((document) => document.lineageId === lineageId)
    .sort((left, right) => compareVersions(right.version, left.version));
}

/** The language variants of a document (its variant group), by language. */
export async function listDocumentVariants(
  db: MedinfoDatabase,
  variantGroupId: Id,
): Promise<ResponseDocument[]> {
  const rows = await db.documents.where('variantGroupId').equals(variantGroupId).toArray();
  return rows
    .filter((row) => !row.deleted)
    .map(documentFromRow)
    .sort((left, right) => left.language.localeCompare(right.language));
}

/**
 * Approved documents whose review date is on or before `until`, soonest first: the review list
 * of content approvers (expired ones, then those about to expire).
 */
export async function listDocumentsDueForReview(
  db: MedinfoDatabase,
  until: IsoDate,
): Promise<ResponseDocument[]> {
  const rows = await db.documents.where('reviewDate').belowOrEqual(until).sortBy('reviewDate');
  return rows.filter((row) => !row.deleted && row.status === 'approved').map(documentFromRow);
}
