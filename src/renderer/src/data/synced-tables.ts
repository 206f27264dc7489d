import type { z } from 'zod';
import {
  congressEventSchema,
  documentUseSchema,
  inquirySchema,
  outboxPriorities,
  productSchema,
  responseDocumentSchema,
} from '../../../shared/schemas';
import type {
  CongressEvent,
  DocumentUse,
  Inquiry,
  OutboxPriority,
  Product,
  ResponseDocument,
  SyncedTable,
} from '../../../shared/schemas';
import { inquiryOutboxPriority, timestampToUtc } from '../../../shared/domain';
import { upgradeStoredDocument } from '../../../shared/schemas/response-document-upgrade';
import type { DocumentRow, InquiryRow } from './db';

/** The record type of each synced table. */
export type SyncedRecordOf = {
  inquiries: Inquiry;
  products: Product;
  documents: ResponseDocument;
  events: CongressEvent;
  documentUses: DocumentUse;
};

/** The stored row type of each synced table (the record plus its UTC sort keys). */
export type SyncedRowOf = {
  inquiries: InquiryRow;
  products: Product;
  documents: DocumentRow;
  events: CongressEvent;
  documentUses: DocumentUse;
};

type SyncedTableDefinition<TRecord, TRow> = {
  schema: z.ZodType<TRecord>;
  toRow: (record: TRecord) => TRow;
  fromRow: (row: TRow) => TRecord;
  priorityOf: (record: TRecord) => OutboxPriority;
};

const standardPriority = (): OutboxPriority => outboxPriorities.standard;
const sameRecord = <T>(record: T): T => record;

/** How each synced table validates, stores and prioritises its records. */
export const syncedTables: {
  [K in SyncedTable]: SyncedTableDefinition<SyncedRecordOf[K], SyncedRowOf[K]>;
} = {
  inquiries: {
    schema: inquirySchema,
    toRow: (inquiry) => ({
      ...inquiry,
      receivedAtUtc: timestampToUtc(inquiry.receivedAt),
      updatedAtUtc: timestampToUtc(inquiry.updatedAt),
    }),
    fromRow: ({ receivedAtUtc: _received, updatedAtUtc: _updated, ...inquiry }) => inquiry,
    priorityOf: inquiryOutboxPriority,
  },
  products: {
    schema: productSchema,
    toRow: sameRecord,
    fromRow: sameRecord,
    priorityOf: standardPriority,
  },
  documents: {
    schema: responseDocumentSchema,
    toRow: (document) => ({ ...document, updatedAtUtc: timestampToUtc(document.updatedAt) }),
    fromRow: ({ updatedAtUtc: _updated, ...document }) => upgradedDocument(document),
    priorityOf: standardPriority,
  },
  events: {
    schema: congressEventSchema,
    toRow: sameRecord,
    fromRow: sameRecord,
    priorityOf: standardPriority,
  },
  documentUses: {
    schema: documentUseSchema,
    toRow: sameRecord,
    fromRow: sameRecord,
    priorityOf: standardPriority,
  },
};

/**
 * A stored document in today's shape. Rows written by store version 1 lack the fields added by
 * the library (decision 0031); they are upgraded here, on every read, and rewritten only when
 * someone next changes the document.
 */
function upgradedDocument(document: ResponseDocument): ResponseDocument {
  // as: the row was valid when written; upgradeStoredDocument only adds what version 1 lacked.
  return upgradeStoredDocument(document) as ResponseDocument;
}

/** An inquiry as stored, without the store's sort keys. */
export function inquiryFromRow(row: InquiryRow): Inquiry {
  return syncedTables.inquiries.fromRow(row);
}

/** A library document as stored, without the store's sort keys. */
export function documentFromRow(row: DocumentRow): ResponseDocument {
  return syncedTables.documents.fromRow(row);
}
