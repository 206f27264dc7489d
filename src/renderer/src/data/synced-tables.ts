import type { z } from 'zod';
import {
  congressEventSchema,
  inquirySchema,
  outboxPriorities,
  productSchema,
  responseDocumentSchema,
} from '../../../shared/schemas';
import type {
  CongressEvent,
  Inquiry,
  OutboxPriority,
  Product,
  ResponseDocument,
  SyncedTable,
} from '../../../shared/schemas';
import { signatureSchema } from '../../../shared/signatures';
import type { Signature } from '../../../shared/signatures';
import { inquiryOutboxPriority, timestampToUtc } from '../../../shared/domain';
import type { DocumentRow, InquiryRow, SignatureRow } from './db';

/** The record type of each synced table. */
export type SyncedRecordOf = {
  inquiries: Inquiry;
  products: Product;
  documents: ResponseDocument;
  events: CongressEvent;
  signatures: Signature;
};

/** The stored row type of each synced table (personal part encrypted, plus store-only fields). */
export type SyncedRowOf = {
  inquiries: InquiryRow;
  products: Product;
  documents: DocumentRow;
  events: CongressEvent;
  signatures: SignatureRow;
};

type SyncedTableDefinition<TRecord> = {
  schema: z.ZodType<TRecord>;
  /** Store-only fields of the row (UTC sort keys), derived from the record. */
  rowFields: (record: TRecord) => Record<string, string>;
  priorityOf: (record: TRecord) => OutboxPriority;
};

const standardPriority = (): OutboxPriority => outboxPriorities.standard;
const noRowFields = (): Record<string, string> => ({});

/** How each synced table validates, stores and prioritises its records. */
export const syncedTables: { [K in SyncedTable]: SyncedTableDefinition<SyncedRecordOf[K]> } = {
  inquiries: {
    schema: inquirySchema,
    rowFields: (inquiry) => ({
      receivedAtUtc: timestampToUtc(inquiry.receivedAt),
      updatedAtUtc: timestampToUtc(inquiry.updatedAt),
    }),
    priorityOf: inquiryOutboxPriority,
  },
  products: { schema: productSchema, rowFields: noRowFields, priorityOf: standardPriority },
  documents: {
    schema: responseDocumentSchema,
    rowFields: (document) => ({ updatedAtUtc: timestampToUtc(document.updatedAt) }),
    priorityOf: standardPriority,
  },
  events: { schema: congressEventSchema, rowFields: noRowFields, priorityOf: standardPriority },
  signatures: { schema: signatureSchema, rowFields: noRowFields, priorityOf: standardPriority },
};

/** Fields only the store has: sort keys and the keyed hashes for exact matching. */
const storeOnlyFields = new Set(['receivedAtUtc', 'updatedAtUtc', 'matchKeys']);

/**
 * A record from its stored row, given its decoded personal part (see personal-codec.ts). The
 * store-only fields are left out.
 */
export function recordFromRow<T extends SyncedTable>(
  row: SyncedRowOf[T],
  personal: unknown,
): SyncedRecordOf[T] {
  const entries = Object.entries(row).filter(([field]) => !storeOnlyFields.has(field));
  const record = Object.fromEntries(entries);
  if ('personal' in row) record.personal = personal;
  // as: the row was written from a record of this table (validated by its schema) plus the
  // store-only fields removed above.
  return record as SyncedRecordOf[T];
}

/** A library document as stored, without the store's sort keys (no personal part). */
export function documentFromRow(row: DocumentRow): ResponseDocument {
  return recordFromRow<'documents'>(row, undefined);
}
