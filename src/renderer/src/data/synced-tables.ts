import type { z } from 'zod';
import {
  congressEventSchema,
  inquirySchema,
  outboxPriorities,
  productSchema,
  responseDocumentSchema,
  safetyActionSchema,
  safetyReportSchema,
  withInquiryDefaults,
} from '../../../shared/schemas';
import type {
  CongressEvent,
  Inquiry,
  OutboxPriority,
  Product,
  ResponseDocument,
  SafetyAction,
  SafetyReport,
  SyncedTable,
} from '../../../shared/schemas';
import { inquiryFilterKeys, inquiryOutboxPriority, timestampToUtc } from '../../../shared/domain';
import type { DocumentRow, InquiryRow, SafetyReportRow } from './db';

/** The record type of each synced table. */
export type SyncedRecordOf = {
  inquiries: Inquiry;
  products: Product;
  documents: ResponseDocument;
  events: CongressEvent;
  safetyReports: SafetyReport;
  safetyActions: SafetyAction;
};

/** The stored row type of each synced table (the record plus its UTC sort keys). */
export type SyncedRowOf = {
  inquiries: InquiryRow;
  products: Product;
  documents: DocumentRow;
  events: CongressEvent;
  safetyReports: SafetyReportRow;
  safetyActions: SafetyAction;
};

type SyncedTableDefinition<TRecord, TRow> = {
  schema: z.ZodType<TRecord>;
  toRow: (record: TRecord) => TRow;
  fromRow: (row: TRow) => TRecord;
  priorityOf: (record: TRecord) => OutboxPriority;
};

const standardPriority = (): OutboxPriority => outboxPriorities.standard;
/** Safety reports and their actions are pushed before anything else (ARCHITECTURE.md, Sync). */
const safetyPriority = (): OutboxPriority => outboxPriorities.safety;
const sameRecord = <T>(record: T): T => record;

/** How each synced table validates, stores and prioritises its records. */
export const syncedTables: {
  [K in SyncedTable]: SyncedTableDefinition<SyncedRecordOf[K], SyncedRowOf[K]>;
} = {
  inquiries: {
    schema: inquirySchema,
    toRow: (inquiry) => {
      const receivedAtUtc = timestampToUtc(inquiry.receivedAt);
      return {
        ...inquiry,
        receivedAtUtc,
        updatedAtUtc: timestampToUtc(inquiry.updatedAt),
        filterKeys: inquiryFilterKeys({ ...inquiry, receivedAtUtc }),
      };
    },
    // Rows written before a field existed read back with its default, as parsing would give.
    fromRow: ({
      receivedAtUtc: _received,
      updatedAtUtc: _updated,
      filterKeys: _keys,
      ...inquiry
    }) => withInquiryDefaults(inquiry),
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
    // Events stored before booth staff were recorded have none.
    fromRow: (event) => ({ ...event, boothStaffUserIds: event.boothStaffUserIds ?? [] }),
    priorityOf: standardPriority,
  },
  safetyReports: {
    schema: safetyReportSchema,
    toRow: (report) => ({
      ...report,
      awarenessAtUtc: timestampToUtc(report.awarenessAt),
      updatedAtUtc: timestampToUtc(report.updatedAt),
    }),
    fromRow: ({ awarenessAtUtc: _awareness, updatedAtUtc: _updated, ...report }) => report,
    priorityOf: safetyPriority,
  },
  safetyActions: {
    schema: safetyActionSchema,
    toRow: sameRecord,
    fromRow: sameRecord,
    priorityOf: safetyPriority,
  },
};

/** An inquiry as stored, without the store's sort keys. */
export function inquiryFromRow(row: InquiryRow): Inquiry {
  return syncedTables.inquiries.fromRow(row);
}

/** A safety report as stored, without the store's sort keys. */
export function safetyReportFromRow(row: SafetyReportRow): SafetyReport {
  return syncedTables.safetyReports.fromRow(row);
}

/** A library document as stored, without the store's sort keys. */
export function documentFromRow(row: DocumentRow): ResponseDocument {
  return syncedTables.documents.fromRow(row);
}

/** A congress event as stored, with the defaults of later fields. */
export function eventFromRow(row: CongressEvent): CongressEvent {
  return syncedTables.events.fromRow(row);
}
