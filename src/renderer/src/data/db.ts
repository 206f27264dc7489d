import Dexie from 'dexie';
import type { EntityTable, Table, Transaction } from 'dexie';
import type { PersistedLibraryIndex } from '../../../shared/library/search';
import type {
  AuditEvent,
  CongressEvent,
  Credentials,
  DocumentUse,
  Draft,
  Inquiry,
  JsonValue,
  LocalBlob,
  OutboxEntry,
  Product,
  RecordSyncState,
  ResponseDocument,
  SafetyAction,
  SafetyReport,
  Settings,
  SyncIssue,
  Timestamp,
  User,
} from '../../../shared/schemas';
import { inquiryFilterKeys } from '../../../shared/domain';
import type { EncryptedEnvelope, PurgedPersonal } from '../../../shared/security/encryption';
import type { HandwrittenPersonal, Signature } from '../../../shared/signatures';
import { upgradeUsersToVersion2 } from './upgrades';

/** The IndexedDB name. Frozen: renaming it would orphan every laptop's store. */
export const databaseName = 'medinfo-desk';

/**
 * Rows carry the UTC form of the times they are sorted by (`…Utc`): timestamps keep the device's
 * offset, and text order across offsets is not time order (docs/decisions/0003).
 */
export type DocumentRow = ResponseDocument & { updatedAtUtc: string };

/**
 * A personal part as stored: encrypted with the record's key, or purged. Rows written before
 * encryption existed (version 1) hold plaintext until the first unlock protects them.
 */
export type StoredPersonal = EncryptedEnvelope | PurgedPersonal;

/** An inquiry as stored: personal part encrypted, plus sort keys and keyed hashes for matching. */
export type InquiryRow = Omit<Inquiry, 'personal'> & {
  personal: StoredPersonal | Inquiry['personal'];
  receivedAtUtc: string;
  updatedAtUtc: string;
  /** `kind:hmac` of the requester's normalised e-mail, name and phone (exact matching). */
  matchKeys?: string[];
  /** The inquiry list's filter keys (src/shared/domain/inquiry-filter.ts); added in version 3. */
  filterKeys: string[];
};

/** A record type as stored: where it has a personal part, that part may be encrypted or purged. */
type WithStoredPersonal<T> = T extends { personal: infer P }
  ? Omit<T, 'personal'> & { personal: StoredPersonal | P }
  : T;

/** A signature as stored; a handwritten one's name and image are encrypted. */
export type SignatureRow = WithStoredPersonal<Signature>;

/** A safety report as stored: personal part encrypted; sorted by Day 0 (its clock), in UTC. */
export type SafetyReportRow = WithStoredPersonal<SafetyReport> & {
  awarenessAtUtc: string;
  updatedAtUtc: string;
};

/** A safety action as stored: its note (which may name the reporter) encrypted. */
export type SafetyActionRow = WithStoredPersonal<SafetyAction>;
export type { HandwrittenPersonal };

/** A draft as stored: the form encrypted with the device's draft key. */
export type DraftRow = Omit<Draft, 'personal'> & { personal: EncryptedEnvelope | JsonValue };

/**
 * A per-record data key, wrapped by the device data key. Destroying this row purges the
 * record's personal data everywhere on the device (record, audit events, queued payloads).
 */
export type RecordKeyRow = {
  recordId: string;
  table: string;
  wrapped: EncryptedEnvelope;
  createdAt: Timestamp;
};

/** Key-value rows of device state: identity, counters, the audit head, flags. */
export type MetaRow = { key: string; value: unknown };

/** The persisted search index of the library (decision 0030); rebuildable, hence a cache. */
export type SearchIndexRow = PersistedLibraryIndex & { key: string; savedAt: string };

/**
 * Where each table's rows come from and go to (ARCHITECTURE.md, Data):
 * - synced: written only through `writeSynced`, which appends an outbox row and an audit event
 *   in the same transaction; the server is authoritative.
 * - cache: server data kept on the device and never written here (PV acknowledgements): pulls
 *   write them, nothing queues them.
 * - local: this device only. Users are local accounts until the identity issue links them to
 *   server accounts; settings and users are audited, drafts and meta are not. The outbox and
 *   the audit trail are local journals, pushed by the sync protocol rather than as rows. The
 *   sync engine's own state (needs-attention list, per-record server facts, file blobs) is
 *   local too.
 */
export const tableScopes = {
  inquiries: 'synced',
  products: 'synced',
  documents: 'synced',
  events: 'synced',
  safetyReports: 'synced',
  safetyActions: 'synced',
  signatures: 'synced',
  documentUses: 'synced',
  users: 'local',
  credentials: 'local',
  recordKeys: 'local',
  settings: 'local',
  drafts: 'local',
  meta: 'local',
  outbox: 'local',
  audit: 'local',
  syncIssues: 'local',
  recordSync: 'local',
  // Attachments sync as content-addressed blobs by their own protocol (docs/sync-protocol.md).
  blobs: 'local',
  searchIndex: 'cache',
} as const satisfies Record<string, 'synced' | 'local' | 'cache'>;

/** The tables a pull writes: the synced ones and the server caches. */
export type PulledTable = {
  [K in keyof typeof tableScopes]: (typeof tableScopes)[K] extends 'synced' | 'cache' ? K : never;
}[keyof typeof tableScopes];

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
 * Version 2: encryption at rest and identity (docs/decisions/0010, 0011). Adds accounts'
 * credentials, the per-record keys, signatures, a unique user ID per account and keyed hashes
 * of requesters for exact matching (HMACs, not personal text). Tables not named keep their
 * version 1 definition.
 */
export const storeSchemaVersion2 = {
  inquiries:
    'id, &reference, [receivedAtUtc+id], [status+receivedAtUtc+id], updatedAtUtc, assignedTo, eventId, *productIds, *matchKeys',
  users: 'id, serverUserId, &username',
  credentials: 'userId',
  recordKeys: 'recordId, table',
  signatures: 'id, binding.recordId',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/**
 * Version 5: safety reports (AE, special situations, product complaints) and their actions
 * (acknowledgements, reconciliation, follow-up attempts). Only non-personal fields are indexed.
 * Dexie keeps the tables of earlier versions; version 4 was never released.
 */
export const storeSchemaVersion5 = {
  safetyReports:
    'id, &reference, [awarenessAtUtc+id], status, kind, inquiryId, followUpOf, *productIds, updatedAtUtc',
  safetyActions: 'id, reportId, [reportId+kind]',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/**
 * Version 3: one multi-entry index of sortable filter keys serves every filter of the inquiry list — status, product, question category, requester
 * type and country, event, assignee, due date — each paged by key (docs/decisions/0023).
 */
export const storeSchemaVersion3 = {
  inquiries:
    'id, &reference, [receivedAtUtc+id], [status+receivedAtUtc+id], updatedAtUtc, assignedTo, eventId, *productIds, *matchKeys, *filterKeys',
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

/**
 * Version 6 (sync, docs/decisions/0070-0077): the needs-attention list, per-record server facts
 * and file blobs. Its upgrade gives outbox rows of earlier versions `baseRevision: null` ("never
 * confirmed by the server"), which the sync protocol reads as "merge every field".
 */
export const storeSchemaVersion6 = {
  syncIssues: 'id, kind, [table+recordId]',
  recordSync: '[table+id]',
  blobs: 'sha256, state',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/**
 * Version 7 (the library, issue 5). Documents gain lineage and review-date indexes (version
 * history, review list); uses of documents sync; the persisted search index gets its table
 * (attachment bytes live in version 6's blobs). No row is
 * rewritten: documents stored by version 1 are upgraded as they are read (decision 0031).
 */
export const storeSchemaVersion7 = {
  documents:
    'id, reference, variantGroupId, status, language, *productIds, updatedAtUtc, lineageId, reviewDate',
  documentUses: 'id, documentId, lineageId, inquiryId, [documentId+kind]',
  searchIndex: 'key',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/** Every table has a scope and a declaration in some version (checked by the compiler). */
export const storeTables = {
  ...storeSchemaVersion1,
  ...storeSchemaVersion2,
  ...storeSchemaVersion3,
  ...storeSchemaVersion5,
  ...storeSchemaVersion6,
  ...storeSchemaVersion7,
} as const satisfies Record<keyof typeof tableScopes, string>;

/** Gives outbox rows written before version 6 `baseRevision: null` (see storeSchemaVersion6). */
async function addBaseRevisions(transaction: Transaction): Promise<void> {
  await transaction
    .table<Partial<OutboxEntry>, number>('outbox')
    .toCollection()
    .modify((entry) => {
      entry.baseRevision ??= null;
    });
}

/** The local store. Only src/renderer/src/data touches it; everything else uses repositories. */
export class MedinfoDatabase extends Dexie {
  declare inquiries: EntityTable<InquiryRow, 'id'>;
  declare products: EntityTable<Product, 'id'>;
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare events: EntityTable<CongressEvent, 'id'>;
  declare safetyReports: EntityTable<SafetyReportRow, 'id'>;
  declare safetyActions: EntityTable<SafetyActionRow, 'id'>;
  declare signatures: EntityTable<SignatureRow, 'id'>;
  declare users: EntityTable<User, 'id'>;
  declare credentials: EntityTable<Credentials, 'userId'>;
  declare recordKeys: EntityTable<RecordKeyRow, 'recordId'>;
  declare settings: EntityTable<Settings, 'id'>;
  declare drafts: EntityTable<DraftRow, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare outbox: EntityTable<OutboxEntry, 'mutationId'>;
  declare audit: EntityTable<AuditEvent, 'id'>;
  declare documentUses: EntityTable<DocumentUse, 'id'>;
  declare searchIndex: EntityTable<SearchIndexRow, 'key'>;
  declare syncIssues: EntityTable<SyncIssue, 'id'>;
  declare recordSync: Table<RecordSyncState, [string, string]>;
  declare blobs: EntityTable<LocalBlob, 'sha256'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores(storeSchemaVersion1);
    this.version(2)
      .stores(storeSchemaVersion2)
      .upgrade((transaction: Transaction) => upgradeUsersToVersion2(transaction));
    this.version(3).stores(storeSchemaVersion3).upgrade(addFilterKeys);
    this.version(5).stores(storeSchemaVersion5);
    this.version(6).stores(storeSchemaVersion6).upgrade(addBaseRevisions);
    this.version(7).stores(storeSchemaVersion7);
  }
}
