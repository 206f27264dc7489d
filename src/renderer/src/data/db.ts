import Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type {
  AuditEvent,
  CongressEvent,
  Draft,
  Inquiry,
  LocalBlob,
  OutboxEntry,
  Product,
  RecordSyncState,
  ResponseDocument,
  SafetyAcknowledgement,
  SafetyReport,
  Settings,
  SyncIssue,
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
  safetyAcknowledgements: 'cache',
  users: 'local',
  settings: 'local',
  drafts: 'local',
  meta: 'local',
  outbox: 'local',
  audit: 'local',
  syncIssues: 'local',
  recordSync: 'local',
  blobs: 'local',
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
 * Version 6 (sync): safety reports (a minimal shape until the safety capability lands),
 * PV acknowledgements, the needs-attention list, per-record server facts and file blobs.
 * Its upgrade gives outbox rows of earlier versions `baseRevision: null` ("never confirmed by
 * the server"), which the sync protocol reads as "merge every field".
 */
export const storeSchemaVersion6 = {
  safetyReports: 'id, status, sourceInquiryId',
  safetyAcknowledgements: 'id',
  syncIssues: 'id, kind, [table+recordId]',
  recordSync: '[table+id]',
  blobs: 'sha256, state',
} as const satisfies Partial<Record<keyof typeof tableScopes, string>>;

/** Every table has a scope and a declaration in some version (checked by the compiler). */
export const storeTables = {
  ...storeSchemaVersion1,
  ...storeSchemaVersion6,
} as const satisfies Record<keyof typeof tableScopes, string>;

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
  declare safetyReports: EntityTable<SafetyReport, 'id'>;
  declare safetyAcknowledgements: EntityTable<SafetyAcknowledgement, 'id'>;
  declare syncIssues: EntityTable<SyncIssue, 'id'>;
  declare recordSync: Table<RecordSyncState, [string, string]>;
  declare blobs: EntityTable<LocalBlob, 'sha256'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores(storeSchemaVersion1);
    this.version(6)
      .stores(storeSchemaVersion6)
      .upgrade(async (transaction) => {
        await transaction
          .table<Partial<OutboxEntry>, number>('outbox')
          .toCollection()
          .modify((entry) => {
            entry.baseRevision ??= null;
          });
      });
  }
}
