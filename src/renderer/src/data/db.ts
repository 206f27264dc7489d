import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { PersistedLibraryIndex } from '../../../shared/library/search';
import type {
  AuditEvent,
  CongressEvent,
  DocumentUse,
  Draft,
  Inquiry,
  OutboxEntry,
  Product,
  ResponseDocument,
  Settings,
  User,
} from '../../../shared/schemas';

/** The IndexedDB name. Frozen: renaming it would orphan every laptop's store. */
export const databaseName = 'medinfo-desk';

/**
 * Rows carry the UTC form of the times they are sorted by (`…Utc`): timestamps keep the device's
 * offset, and text order across offsets is not time order (docs/decisions/0003).
 */
export type InquiryRow = Inquiry & { receivedAtUtc: string; updatedAtUtc: string };
export type DocumentRow = ResponseDocument & { updatedAtUtc: string };

/** Key-value rows of device state: identity, counters, the audit head, flags. */
export type MetaRow = { key: string; value: unknown };

/** File contents (attachments) under the SHA-256 of their bytes: stored once however often used. */
export type BlobRow = { sha256: string; mediaType: string; bytes: Uint8Array; storedAt: string };

/** The persisted search index of the library (decision 0030); rebuildable, hence a cache. */
export type SearchIndexRow = PersistedLibraryIndex & { key: string; savedAt: string };

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
  documentUses: 'synced',
  users: 'local',
  settings: 'local',
  drafts: 'local',
  meta: 'local',
  outbox: 'local',
  audit: 'local',
  // Attachments sync as content-addressed blobs by their own protocol (ARCHITECTURE.md, Files).
  blobs: 'local',
  searchIndex: 'cache',
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
} as const satisfies Record<
  Exclude<keyof typeof tableScopes, 'documentUses' | 'blobs' | 'searchIndex'>,
  string
>;

/**
 * Version 4 (the library, issue 5; versions 2 and 3 belong to other changes, Dexie allows the
 * gap). Documents gain lineage and review-date indexes (version history, review list); uses of
 * documents sync; attachment bytes and the persisted search index get their tables. No row is
 * rewritten: documents stored by version 1 are upgraded as they are read (decision 0031).
 */
export const storeSchemaVersion4 = {
  documents:
    'id, reference, variantGroupId, status, language, *productIds, updatedAtUtc, lineageId, reviewDate',
  documentUses: 'id, documentId, lineageId, inquiryId, [documentId+kind]',
  blobs: 'sha256',
  searchIndex: 'key',
} as const;

/** The local store. Only src/renderer/src/data touches it; everything else uses repositories. */
export class MedinfoDatabase extends Dexie {
  declare inquiries: EntityTable<InquiryRow, 'id'>;
  declare products: EntityTable<Product, 'id'>;
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare events: EntityTable<CongressEvent, 'id'>;
  declare users: EntityTable<User, 'id'>;
  declare settings: EntityTable<Settings, 'id'>;
  declare drafts: EntityTable<Draft, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare outbox: EntityTable<OutboxEntry, 'mutationId'>;
  declare audit: EntityTable<AuditEvent, 'id'>;
  declare documentUses: EntityTable<DocumentUse, 'id'>;
  declare blobs: EntityTable<BlobRow, 'sha256'>;
  declare searchIndex: EntityTable<SearchIndexRow, 'key'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores(storeSchemaVersion1);
    this.version(4).stores(storeSchemaVersion4);
  }
}
