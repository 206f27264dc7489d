/**
 * The local store's public surface: what features and components may use. Dexie itself stays
 * behind this door (ESLint enforces it). Reads: the hooks. Writes: the repository functions,
 * each taking the database (`getDatabase()`) and an `Actor` (`createActor(userId)`).
 */

// Lifecycle
export { openStore, openDatabase, getDatabase, closeStore, createActor } from './store';
export type { OpenDatabaseOptions } from './store';
export type { MedinfoDatabase } from './db';
export type { Actor } from './write-synced';
export { StoreNotOpenError, RecordNotFoundError, ImmutableFieldError } from './errors';
export { newRecordFields } from './record-fields';

// Live queries
export {
  useInquiryPage,
  useInquiry,
  useProducts,
  useDocuments,
  useEvents,
  useUsers,
  useOutboxCount,
  useSettings,
  useLastSync,
  useAuditTrail,
  useDraft,
} from './hooks';

// Repositories
export {
  createInquiry,
  createInquiries,
  updateInquiry,
  deleteInquiry,
  getInquiry,
  findInquiryByReference,
} from './inquiries-repository';
export type { InquiryChanges } from './inquiries-repository';
export { listInquiryPage, maxInquiryPageSize } from './inquiry-paging';
export type { InquiryPage, InquiryPageKey, InquiryPageQuery } from './inquiry-paging';
export { saveProduct, saveProducts, getProduct, listProducts } from './products-repository';
export {
  saveDocument,
  saveDocuments,
  getDocument,
  listDocuments,
  deleteDocument,
} from './documents-repository';
export type { DocumentFilter } from './documents-repository';
export { saveEvent, getEvent, listEvents } from './events-repository';
export { getSettings, saveSettings } from './settings-repository';
export { saveUser, getUser, listUsers } from './users-repository';
export { saveDraft, getDraft, listDrafts, discardDraft } from './drafts-repository';
export { listAuditTrail, verifyStoredAuditChain } from './audit-log';
export { listPendingMutations, acknowledgeMutations } from './outbox-queue';

// Demo accounts, for "sign in as" until real sign-in exists
export { demoUserIds } from './demo';
export type { DemoUserKey } from './demo';

// Safety reports (as far as sync carries them) and file blobs
export {
  saveSafetyReport,
  getSafetyReport,
  deleteSafetyReport,
  listSafetyReportTrails,
} from './safety-reports-repository';
export type { SafetyReportTrail } from './safety-reports-repository';
export { storeBlob, readBlob } from './blobs-repository';
export { removeDemoData, countChangesAfterDemoSeeding } from './demo';

// Sync: the engine, its status, the needs-attention list, sign-in and the unsynced export
export { SyncEngine } from './sync/engine';
export type { SyncEngineOptions, SyncCycleResult, EngineTimers } from './sync/engine';
export type { SyncStatus, SyncPhase, SyncError } from './sync/sync-status';
export { startAppSync, getAppSyncEngine, stopAppSync } from './sync/app-sync';
export {
  useSyncStatus,
  useSyncIssues,
  useSyncIssue,
  useSyncSettings,
  useIsDemoStore,
  useSafetyReportTrails,
} from './sync/hooks';
export { listSyncIssues, resolveConflict, dismissSyncIssue } from './sync/issues';
export type { ConflictChoice } from './sync/issues';
export { SessionRefusedError, isDemoStore, listUnsyncedData } from './sync/session';
export type { SignInInput, UnsyncedData, SessionRefusal } from './sync/session';
export { saveSyncSettings } from './sync/settings';
export { buildUnsyncedExport, openUnsyncedExport } from './sync/unsynced-export';
export type { UnsyncedExport, UnsyncedExportContent } from './sync/unsynced-export';
export { SyncHttpError, ProtocolError } from './sync/api';
export { NetworkError, createFetchTransport } from './sync/transport';
export type { Transport, TransportRequest, TransportResponse } from './sync/transport';
