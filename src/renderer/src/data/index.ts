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
export {
  useDocument,
  useDocumentVersions,
  useDocumentVariants,
  useDocumentsDueForReview,
  useDocumentUseCounts,
  useBlob,
  useUser,
} from './library-hooks';
export {
  useLibrarySearch,
  useLibraryIndexStatus,
  useLibraryTopics,
  getLibrarySearchService,
} from './search/library-search-hooks';
export type { LibrarySearchState } from './search/library-search-hooks';
export type { LibraryIndexStatus } from './search/library-index-keeper';
export { createInThreadSearchService } from './search/library-search-service';
export type { LibrarySearchService } from './search/library-search-service';

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
  listDocumentVersions,
  listDocumentVariants,
  listDocumentsDueForReview,
} from './documents-repository';
export {
  approveDocument,
  submitDocumentForReview,
  returnDocumentToDraft,
  retireDocument,
  createNextDocumentVersion,
  editDraftDocument,
} from './document-workflow';
export type { DraftChanges } from './document-workflow';
export {
  recordDocumentUse,
  countDocumentUses,
  listDocumentUseCounts,
} from './document-uses-repository';
export type { DocumentUseInput, DocumentUseCounts } from './document-uses-repository';
export { storeBlob, getBlob, blobKeyOf } from './blobs-repository';
export { importLibraryBundle } from './library-import';
export type { LibraryImportSummary } from './library-import';
export { exportLibraryBundle } from './library-export';
export type { LibraryExport } from './library-export';
export { createDraftDocument } from './library-drafts';
export type { NewDraftDocument } from './library-drafts';
export {
  DocumentWorkflowError,
  DocumentNotSendableError,
  LibraryImportError,
} from './library-errors';
export type { DocumentWorkflowRefusal } from './library-errors';
export type { DocumentFilter } from './documents-repository';
export { saveEvent, getEvent, listEvents } from './events-repository';
export { getSettings, saveSettings } from './settings-repository';
export { saveUser, getUser, listUsers } from './users-repository';
export { saveDraft, getDraft, listDrafts, discardDraft } from './drafts-repository';
export { listAuditTrail, verifyStoredAuditChain } from './audit-log';
export { listPendingMutations, acknowledgeMutations } from './outbox-queue';

// Demo accounts, for "sign in as" until real sign-in exists
export { demoUserIds, demoUsers } from './demo';
export type { DemoUserKey } from './demo';
