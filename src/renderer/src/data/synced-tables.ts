import type { z } from 'zod';
import {
  congressEventSchema,
  inquirySchema,
  outboxPriorities,
  productSchema,
  responseDocumentSchema,
  safetyAcknowledgementSchema,
  safetyReportSchema,
} from '../../../shared/schemas';
import type {
  BlobReference,
  CongressEvent,
  Inquiry,
  OutboxPriority,
  Product,
  ResponseDocument,
  SafetyAcknowledgement,
  SafetyReport,
  SyncedTable,
} from '../../../shared/schemas';
import { inquiryOutboxPriority, timestampToUtc } from '../../../shared/domain';
import type { DocumentRow, InquiryRow, PulledTable } from './db';

/** The record type of each synced table. */
export type SyncedRecordOf = {
  inquiries: Inquiry;
  products: Product;
  documents: ResponseDocument;
  events: CongressEvent;
  safetyReports: SafetyReport;
};

/** The stored row type of each synced table (the record plus its UTC sort keys). */
export type SyncedRowOf = {
  inquiries: InquiryRow;
  products: Product;
  documents: DocumentRow;
  events: CongressEvent;
  safetyReports: SafetyReport;
};

/** Facts only the server knows, which some tables copy into their records when they arrive. */
export type ServerStamps = { serverReceivedAt: string };

type StoredTableDefinition<TRecord, TRow> = {
  schema: z.ZodType<TRecord>;
  toRow: (record: TRecord) => TRow;
  fromRow: (row: TRow) => TRecord;
  /** Copies server facts into the record (a pulled or confirmed record); none by default. */
  applyServerStamps?: (record: TRecord, stamps: ServerStamps) => TRecord;
  /** The file blobs a record refers to, so sync moves their bytes too. */
  blobReferences?: (record: TRecord) => readonly BlobReference[];
};

type SyncedTableDefinition<TRecord, TRow> = StoredTableDefinition<TRecord, TRow> & {
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
    fromRow: ({ updatedAtUtc: _updated, ...document }) => document,
    priorityOf: standardPriority,
  },
  events: {
    schema: congressEventSchema,
    toRow: sameRecord,
    fromRow: sameRecord,
    priorityOf: standardPriority,
  },
  safetyReports: {
    schema: safetyReportSchema,
    toRow: sameRecord,
    fromRow: sameRecord,
    // Safety information never waits behind anything (PRODUCT.md: forwarded within a day).
    priorityOf: () => outboxPriorities.safety,
    // Forwarded = received by the server, server-stamped (PRODUCT.md; decision 0072).
    applyServerStamps: (report, stamps) => ({
      ...report,
      forwardedAt: report.forwardedAt ?? stamps.serverReceivedAt,
    }),
    blobReferences: (report) => report.attachments,
  },
};

/** The record (and row) type of every table a pull writes. */
export type PulledRecordOf = SyncedRecordOf & { safetyAcknowledgements: SafetyAcknowledgement };

/** How each table a pull writes stores its records: the synced ones and the server caches. */
export const pulledTables: {
  [K in PulledTable]: StoredTableDefinition<PulledRecordOf[K], PulledRowOf[K]>;
} = {
  ...syncedTables,
  safetyAcknowledgements: {
    schema: safetyAcknowledgementSchema,
    toRow: sameRecord,
    fromRow: sameRecord,
  },
};

/** The stored row type of every table a pull writes. */
export type PulledRowOf = SyncedRowOf & { safetyAcknowledgements: SafetyAcknowledgement };

/** An inquiry as stored, without the store's sort keys. */
export function inquiryFromRow(row: InquiryRow): Inquiry {
  return syncedTables.inquiries.fromRow(row);
}

/** A library document as stored, without the store's sort keys. */
export function documentFromRow(row: DocumentRow): ResponseDocument {
  return syncedTables.documents.fromRow(row);
}

/** A record of any pulled table, seen generically: an id, a server revision, other fields. */
export type AnyStoredRecord = Record<string, unknown> & {
  id: string;
  serverRevision: number | null;
};

/** The definition of any pulled table, seen generically (see pulledTableDefinition). */
export type AnyTableDefinition = StoredTableDefinition<AnyStoredRecord, Record<string, unknown>>;

/**
 * The definition of a pulled table by name, for code that moves rows of any table between the
 * server and the store (the sync engine). Each table's schema still checks every record.
 */
export function pulledTableDefinition(table: PulledTable): AnyTableDefinition {
  // One widening for all tables: each definition is typed for its own records, and the sync
  // code only hands them records that the same definition's schema parsed.
  return pulledTables[table] as unknown as AnyTableDefinition;
}
