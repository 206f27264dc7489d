import type { DocumentUse, DocumentUseKind, Id } from '../../../shared/schemas';
import { documentAvailability, localDateOf } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { getDocument } from './documents-repository';
import { RecordNotFoundError } from './errors';
import { DocumentNotSendableError } from './library-errors';
import { newRecordFields } from './record-fields';
import { writeSynced } from './write-synced';
import type { Actor } from './write-synced';

/** One use of a document for one question of an inquiry. */
export type DocumentUseInput = {
  documentId: Id;
  inquiryId: Id;
  questionId: Id;
  kind: DocumentUseKind;
};

/** How often a document was sent and read out. */
export type DocumentUseCounts = { sent: number; verbal: number };

/**
 * Records that a document was sent or read out for a question (PRODUCT.md job 2: every use is
 * counted), through the synced write path. Only a document that is sendable on the actor's day
 * may be used. Throws RecordNotFoundError for an unknown document, inquiry or question,
 * DocumentNotSendableError for a document that is not approved, not yet effective, expired or
 * deleted, and StoreNotOpenError without a device identity.
 */
export async function recordDocumentUse(
  db: MedinfoDatabase,
  use: DocumentUseInput,
  actor: Actor,
): Promise<DocumentUse> {
  // Checks read first; the use itself is an append-only record, so nothing can overtake it.
  const stored = await db.documents.get(use.documentId);
  if (stored === undefined) throw new RecordNotFoundError('documents', use.documentId);
  const availability = documentAvailability(stored, localDateOf(actor.at));
  if (availability !== 'sendable') {
    throw new DocumentNotSendableError(use.documentId, availability);
  }
  const document = await getDocument(db, use.documentId);
  const inquiry = await db.inquiries.get(use.inquiryId);
  if (inquiry === undefined || inquiry.deleted) {
    throw new RecordNotFoundError('inquiries', use.inquiryId);
  }
  if (!inquiry.questions.some((question) => question.id === use.questionId)) {
    throw new RecordNotFoundError('questions', use.questionId);
  }
  const receipt = await writeSynced(db, {
    table: 'documentUses',
    record: {
      ...newRecordFields(actor),
      ...use,
      lineageId: document?.lineageId ?? use.documentId,
      usedAt: actor.at,
    },
    actor,
    operation: 'put',
  });
  return receipt.record;
}

/** How often one document (this exact version) was sent and read out. */
export async function countDocumentUses(
  db: MedinfoDatabase,
  documentId: Id,
): Promise<DocumentUseCounts> {
  const [sent, verbal] = await Promise.all([
    db.documentUses.where('[documentId+kind]').equals([documentId, 'sent']).count(),
    db.documentUses.where('[documentId+kind]').equals([documentId, 'verbal']).count(),
  ]);
  return { sent, verbal };
}

/**
 * Use counts of every document that was used, read from the index keys alone (no rows are
 * loaded), for the insights issue's SRD utilisation. Uses are never deleted.
 */
export async function listDocumentUseCounts(
  db: MedinfoDatabase,
): Promise<Map<Id, DocumentUseCounts>> {
  const keys: unknown[] = await db.documentUses.orderBy('[documentId+kind]').keys();
  const counts = new Map<Id, DocumentUseCounts>();
  for (const key of keys) {
    if (!Array.isArray(key)) continue;
    const pair: readonly unknown[] = key;
    const [documentId, kind] = pair;
    if (typeof documentId !== 'string' || (kind !== 'sent' && kind !== 'verbal')) continue;
    const entry = counts.get(documentId) ?? { sent: 0, verbal: 0 };
    entry[kind] += 1;
    counts.set(documentId, entry);
  }
  return counts;
}
