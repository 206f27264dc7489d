import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, IsoDate, ResponseDocument } from '../../../shared/schemas';
import type { LocalBlob } from '../../../shared/schemas';
import { countDocumentUses, type DocumentUseCounts } from './document-uses-repository';
import {
  getDocument,
  listDocumentsDueForReview,
  listDocumentVariants,
  listDocumentVersions,
} from './documents-repository';
import { getBlob } from './blobs-repository';
import { getDatabase } from './store';

/* Live queries of the library; `undefined` means "still loading". */

/** One document version; null when unknown or deleted. */
export function useDocument(id: Id | null): ResponseDocument | null | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (id === null ? null : ((await getDocument(db, id)) ?? null)),
    [db, id],
  );
}

/** Every version of a document, newest first. */
export function useDocumentVersions(lineageId: Id | null): ResponseDocument[] | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (lineageId === null ? [] : listDocumentVersions(db, lineageId)),
    [db, lineageId],
  );
}

/** The language variants of a document. */
export function useDocumentVariants(variantGroupId: Id | null): ResponseDocument[] | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (variantGroupId === null ? [] : listDocumentVariants(db, variantGroupId)),
    [db, variantGroupId],
  );
}

/** Approved documents due for review by `until`, soonest first. */
export function useDocumentsDueForReview(until: IsoDate): ResponseDocument[] | undefined {
  const db = getDatabase();
  return useLiveQuery(() => listDocumentsDueForReview(db, until), [db, until]);
}

/** How often a document version was sent and read out. */
export function useDocumentUseCounts(documentId: Id): DocumentUseCounts | undefined {
  const db = getDatabase();
  return useLiveQuery(() => countDocumentUses(db, documentId), [db, documentId]);
}

/** A stored attachment's bytes; null when this device does not hold them. */
export function useBlob(sha256: string | null): LocalBlob | null | undefined {
  const db = getDatabase();
  return useLiveQuery(
    async () => (sha256 === null ? null : ((await getBlob(db, sha256)) ?? null)),
    [db, sha256],
  );
}
