import type { z } from 'zod';
import {
  congressEventSchema,
  documentUseSchema,
  inquirySchema,
  outboxPriorities,
  productSchema,
  responseDocumentSchema,
  safetyActionSchema,
  safetyReportSchema,
  systemUserId,
  withInquiryDefaults,
} from '../../../shared/schemas';
import type {
  CongressEvent,
  DocumentUse,
  Forwarding,
  Inquiry,
  OutboxPriority,
  Product,
  ResponseDocument,
  SafetyAction,
  SafetyReport,
  SyncedTable,
  Timestamp,
} from '../../../shared/schemas';
import { signatureSchema } from '../../../shared/signatures';
import type { Signature } from '../../../shared/signatures';
import { inquiryFilterKeys, inquiryOutboxPriority, timestampToUtc } from '../../../shared/domain';
import { upgradeStoredDocument } from '../../../shared/schemas/response-document-upgrade';
import type { DocumentRow, InquiryRow, SafetyActionRow, SafetyReportRow, SignatureRow } from './db';
import { carryPersonalProblem } from './personal-codec';

/** The record type of each synced table. */
export type SyncedRecordOf = {
  inquiries: Inquiry;
  products: Product;
  documents: ResponseDocument;
  events: CongressEvent;
  signatures: Signature;
  safetyReports: SafetyReport;
  safetyActions: SafetyAction;
  documentUses: DocumentUse;
};

/** The stored row type of each synced table (personal part encrypted, plus store-only fields). */
export type SyncedRowOf = {
  inquiries: InquiryRow;
  products: Product;
  documents: DocumentRow;
  events: CongressEvent;
  signatures: SignatureRow;
  safetyReports: SafetyReportRow;
  safetyActions: SafetyActionRow;
  documentUses: DocumentUse;
};

type SyncedTableDefinition<TRecord> = {
  schema: z.ZodType<TRecord>;
  /** Store-only fields of the row (UTC sort keys, index keys), derived from the record. */
  rowFields: (record: TRecord) => Record<string, string | string[]>;
  /**
   * The record as read back, given what was stored: rows written before a field existed get
   * its default, as parsing would give.
   */
  withDefaults: (record: TRecord) => TRecord;
  priorityOf: (record: TRecord) => OutboxPriority;
  /**
   * Facts only the server knows, copied into a record's row when the server's copy arrives or a
   * push is confirmed (no outbox row, no audit event: the server's record is the evidence). They
   * touch non-personal fields only, so they apply to stored rows without decrypting them.
   */
  serverStamps?: (row: Record<string, unknown>, stamps: ServerStamps) => Record<string, unknown>;
};

/** Facts only the server knows about a record it holds. */
export type ServerStamps = { serverReceivedAt: Timestamp };

const standardPriority = (): OutboxPriority => outboxPriorities.standard;
/** Safety reports and their actions are pushed before anything else (ARCHITECTURE.md, Sync). */
const safetyPriority = (): OutboxPriority => outboxPriorities.safety;
const noRowFields = (): Record<string, string> => ({});
const asStored = <T>(record: T): T => record;

/** How each synced table validates, stores and prioritises its records. */
export const syncedTables: { [K in SyncedTable]: SyncedTableDefinition<SyncedRecordOf[K]> } = {
  inquiries: {
    schema: inquirySchema,
    rowFields: (inquiry) => {
      const receivedAtUtc = timestampToUtc(inquiry.receivedAt);
      return {
        receivedAtUtc,
        updatedAtUtc: timestampToUtc(inquiry.updatedAt),
        filterKeys: inquiryFilterKeys({ ...inquiry, receivedAtUtc }),
      };
    },
    withDefaults: withInquiryDefaults,
    priorityOf: inquiryOutboxPriority,
  },
  products: {
    schema: productSchema,
    rowFields: noRowFields,
    withDefaults: asStored,
    priorityOf: standardPriority,
  },
  documents: {
    schema: responseDocumentSchema,
    rowFields: (document) => ({ updatedAtUtc: timestampToUtc(document.updatedAt) }),
    // Rows written by store version 1 lack the library's fields (decision 0031): upgraded on
    // every read, rewritten only when someone next changes the document.
    // as: the row was valid when written; upgradeStoredDocument only adds what it lacked.
    withDefaults: (document) => upgradeStoredDocument(document) as ResponseDocument,
    priorityOf: standardPriority,
  },
  events: {
    schema: congressEventSchema,
    rowFields: noRowFields,
    // Events stored before booth staff were recorded have none.
    withDefaults: (event) => ({ ...event, boothStaffUserIds: event.boothStaffUserIds ?? [] }),
    priorityOf: standardPriority,
  },
  signatures: {
    schema: signatureSchema,
    rowFields: noRowFields,
    withDefaults: asStored,
    priorityOf: standardPriority,
  },
  safetyReports: {
    schema: safetyReportSchema,
    rowFields: (report) => ({
      awarenessAtUtc: timestampToUtc(report.awarenessAt),
      updatedAtUtc: timestampToUtc(report.updatedAt),
    }),
    withDefaults: asStored,
    priorityOf: safetyPriority,
    serverStamps: stampServerReceipt,
  },
  safetyActions: {
    schema: safetyActionSchema,
    rowFields: noRowFields,
    withDefaults: asStored,
    priorityOf: safetyPriority,
  },
  documentUses: {
    schema: documentUseSchema,
    rowFields: noRowFields,
    withDefaults: asStored,
    priorityOf: standardPriority,
  },
};

/**
 * A report the server has received is forwarded, at the server's time (PRODUCT.md; decisions
 * 0050, 0072): what `recordServerReceipt` records, but as a server fact, so it is recorded the same
 * way on every device and never queued (the server refuses any change to a forwarded report). A
 * report already forwarded by hand keeps its earlier record.
 */
function stampServerReceipt(
  row: Record<string, unknown>,
  stamps: ServerStamps,
): Record<string, unknown> {
  if (row.status !== 'flagged' || row.deleted === true) return row;
  const forwarding: Forwarding = {
    channel: 'server',
    at: stamps.serverReceivedAt,
    reference: null,
    recordedBy: systemUserId,
    recordedAt: stamps.serverReceivedAt,
  };
  return { ...row, status: 'forwarded', forwarding };
}

/** Fields only the store has: sort keys, index keys and the keyed hashes for exact matching. */
const storeOnlyFields = new Set([
  'receivedAtUtc',
  'updatedAtUtc',
  'awarenessAtUtc',
  'filterKeys',
  'matchKeys',
]);

/**
 * A record from its stored row, given its decoded personal part (see personal-codec.ts). The
 * store-only fields are left out and fields added since the row was written get their defaults.
 */
export function recordFromRow<T extends SyncedTable>(
  table: T,
  row: SyncedRowOf[T],
  personal: unknown,
): SyncedRecordOf[T] {
  const entries = Object.entries(row).filter(([field]) => !storeOnlyFields.has(field));
  const record = Object.fromEntries(entries);
  if ('personal' in row) record.personal = personal;
  // as never: the row was written from a record of this table (validated by its schema) plus
  // the store-only fields removed above; the union of tables cannot be narrowed here.
  const complete = syncedTables[table].withDefaults(record as never);
  // Filling defaults may copy the personal part: a placeholder must still say why it is one.
  if ('personal' in complete) carryPersonalProblem(personal, complete.personal);
  return complete;
}

/** A library document as stored, without the store's sort keys (no personal part). */
export function documentFromRow(row: DocumentRow): ResponseDocument {
  return recordFromRow('documents', row, undefined);
}

/** A congress event as stored, with the defaults of later fields (no personal part). */
export function eventFromRow(row: CongressEvent): CongressEvent {
  return recordFromRow('events', row, undefined);
}
