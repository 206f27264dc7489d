import Dexie from 'dexie';
import type { EntityTable, Transaction } from 'dexie';
import type {
  AuditEvent,
  CongressEvent,
  Draft,
  Inquiry,
  OutboxEntry,
  Product,
  ResponseDocument,
  SafetyAction,
  SafetyReport,
  Settings,
  User,
} from '../../../shared/schemas';
import { inquiryFilterKeys } from '../../../shared/domain';

/** The IndexedDB name. Frozen: renaming it would orphan every laptop's store. */
export const databaseName = 'medinfo-desk';

/**
 * Rows carry the UTC form of the times they are sorted by (`…Utc`): timestamps keep the device's
 * offset, and text order across offsets is not time order (docs/decisions/0003).
 */
export type InquiryRow = Inquiry & {
  receivedAtUtc: string;
  updatedAtUtc: string;
  /** The inquiry list's filter keys (src/shared/domain/inquiry-filter.ts); added in version 3. */
  filterKeys: string[];
};
export type DocumentRow = ResponseDocument & { updatedAtUtc: string };
/** Safety reports sort by Day 0 (the clock that matters for them), in UTC. */
export type SafetyReportRow = SafetyReport & { awarenessAtUtc: string; updatedAtUtc: string };

/** Key-value rows of device state: identity, counters, the audit head, flags. */
export type MetaRow = { key: string; value: unknown };

/**
 * Where each table's rows come from and go to (ARCHITECTURE.md, Data):
 * - synced: written only through `writeSynced`, which appends an outbox row and an audit event
 *   in the same transaction; the server is authoritative.
 * - local: this device only. Users are local accounts until the identity issue links them to
 *   server accounts; settings and users are audited, drafts and meta are not. The outbox and
 *   the audit trail are local journals, pushed by the sync protocol rather than as rows.
 */
export const tableScopes = {
  inquiries: 'synced',
  products: 'synced',
  documents: 'synced',
  events: 'synced',
  safetyReports: 'synced',
  safetyActions: 'synced',
  users: 'local',
  settings: 'local',
  drafts: 'local',
  meta: 'local',
  outbox: 'local',
  audit: 'local',
} as const satisfies Record<string, 'synced' | 'local' | 'cache'>;

/**
 * Version 1 of the store. Indexes name only non-personal fields: `personal` is never indexed
 * (GDPR; it will be encrypted at rest). Paging indexes end with the id so every key is unique
 * and paging by last-seen key never skips or repeats a row. Append-only: a change adds
 * `version(2)`, it never edits this one.
 */
export const storeSchemaVersion1 = {
  inquiries:
    'id, &reference, [receivedAtUtc+id], [status+receivedAtUtc+id], updatedAtUtc, assignedTo, eventId, *productIds',
  products: 'id, brandName',
  documents: 'id, reference, variantGroupId, status, language, *productIds, updatedAtUtc',
  events: 'id, startDate',
  users: 'id, serverUserId',
  settings: 'id',
  drafts: 'id, kind, targetId',
  meta: 'key',
  outbox: 'mutationId, [priority+mutationId], [table+recordId]',
  audit: 'id, &[deviceId+sequence], recordId',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/**
 * Version 5: safety reports (AE, special situations, product complaints) and their actions
 * (acknowledgements, reconciliation, follow-up attempts). Only non-personal fields are indexed.
 * Dexie keeps the tables of earlier versions; versions 2–4 belong to other changes.
 */
export const storeSchemaVersion5 = {
  safetyReports:
    'id, &reference, [awarenessAtUtc+id], status, kind, inquiryId, followUpOf, *productIds, updatedAtUtc',
  safetyActions: 'id, reportId, [reportId+kind]',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/**
 * Version 3 (version 2 belongs to the identity work): one multi-entry index of sortable filter
 * keys serves every filter of the inquiry list — status, product, question category, requester
 * type and country, event, assignee, due date — each paged by key (docs/decisions/0023).
 */
export const storeSchemaVersion3 = {
  inquiries:
    'id, &reference, [receivedAtUtc+id], [status+receivedAtUtc+id], updatedAtUtc, assignedTo, eventId, *productIds, *filterKeys',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/**
 * Fills the filter keys of inquiries stored before version 3. They are derived from the record
 * and stripped when it is read, so the synced record itself is not rewritten.
 */
async function addFilterKeys(transaction: Transaction): Promise<void> {
  await transaction
    .table<InquiryRow, string>('inquiries')
    .toCollection()
    .modify((row) => {
      row.filterKeys = inquiryFilterKeys(row);
    });
}

/** The local store. Only src/renderer/src/data touches it; everything else uses repositories. */
export class MedinfoDatabase extends Dexie {
  declare inquiries: EntityTable<InquiryRow, 'id'>;
  declare products: EntityTable<Product, 'id'>;
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare events: EntityTable<CongressEvent, 'id'>;
  declare safetyReports: EntityTable<SafetyReportRow, 'id'>;
  declare safetyActions: EntityTable<SafetyAction, 'id'>;
  declare users: EntityTable<User, 'id'>;
  declare settings: EntityTable<Settings, 'id'>;
  declare drafts: EntityTable<Draft, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare outbox: EntityTable<OutboxEntry, 'mutationId'>;
  declare audit: EntityTable<AuditEvent, 'id'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores(storeSchemaVersion1);
    this.version(3).stores(storeSchemaVersion3).upgrade(addFilterKeys);
    this.version(5).stores(storeSchemaVersion5);
  }
}
