/**
 * The local store's public surface: what features and components may use. Dexie itself stays
 * behind this door (ESLint enforces it). Reads: the hooks. Writes: the repository functions,
 * each taking the database (`getDatabase()`) and an `Actor` (`createActor(userId)`). Personal
 * data is encrypted at rest and readable only while the store is unlocked (decision 0011).
 */

// Lifecycle
export { openStore, openDatabase, getDatabase, closeStore, createActor } from './store';
export type { OpenDatabaseOptions } from './store';
export type { MedinfoDatabase } from './db';
export type { Actor, SyncedPlan } from './write-synced';
export {
  StoreNotOpenError,
  RecordNotFoundError,
  ImmutableFieldError,
  StoreLockedError,
  PersonalDataUnavailableError,
  SignedContentLockedError,
  NestedWriteError,
  ConcurrentWriteError,
} from './errors';
export type { PersonalDataProblem } from './errors';
export { newRecordFields } from './record-fields';
export { personalProblemOf } from './personal-codec';

// Live queries
export {
  useInquiryPage,
  useInquiry,
  useProducts,
  useDocuments,
  useEvents,
  useUsers,
  useSignInAccounts,
  useOutboxCount,
  useSettings,
  useLastSync,
  useAuditTrail,
  useDraft,
  useSafetyReports,
  useSafetyReport,
  useSafetyActions,
  useInsightsSource,
  usePersonalSearch,
  useHasDemoAccounts,
} from './hooks';
export {
  useDocument,
  useDocumentVersions,
  useDocumentVariants,
  useDocumentsDueForReview,
  useDocumentUseCounts,
  useBlob,
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
export {
  createSafetyReport,
  updateSafetyReport,
  getSafetyReport,
  listSafetyReports,
  listSafetyReportsOfInquiry,
} from './safety-reports-repository';
export type { SafetyReportChanges } from './safety-reports-repository';
export {
  moveDayZeroEarlier,
  recordManualForwarding,
  recordServerReceipt,
  createFollowUpReport,
  linkSafetyReports,
  recordSafetyAction,
  listSafetyActions,
} from './safety-lifecycle-repository';
export { useMeddraReleaseInfo, useSafetyReportsOfInquiry } from './safety-hooks';
export { importMeddraRelease, getMeddraReleaseInfo, loadMeddraRelease } from './meddra-repository';
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
export {
  saveUser,
  getUser,
  listUsers,
  listSignInAccounts,
  findUserByUsername,
  authorityFields,
} from './users-repository';
export { saveDraft, getDraft, listDrafts, discardDraft } from './drafts-repository';
export { verifyStoredAuditChain } from './audit-log';
export { listAuditTrail } from './audit-trail';
export type { AuditTrailEntry } from './audit-trail';
export { listPendingMutations, acknowledgeMutations } from './outbox-queue';
export { writeSynced, writeSyncedBatch, commitSynced } from './write-synced';

// Identity: accounts, sign-in, keys
export { createFirstAccount, createAccount, hasAccounts } from './accounts/account-setup';
export type { NewAccount } from './accounts/account-setup';
export { signIn } from './accounts/sign-in';
export { changePassword, resetPassword, changeAuthority } from './accounts/account-changes';
export type { AuthorityChange } from './accounts/account-changes';
export {
  enableFastUnlock,
  disableFastUnlock,
  signInFast,
  isFastUnlockEnabled,
} from './accounts/fast-unlock';
export type { SecretProtector } from './accounts/fast-unlock';
export {
  WrongPasswordError,
  SignInDelayedError,
  AccountDisabledError,
  NoCredentialsError,
  KeyUnwrapError,
  PasswordRejectedError,
  UsernameTakenError,
  PermissionDeniedError,
  FirstAccountExistsError,
  WrongSignerError,
} from './accounts/errors';
export { isStoreUnlocked, lockStore } from './lock';

// Signatures
export {
  signElectronically,
  signByHand,
  createHandwrittenSignature,
  verifySignature,
  listSignatures,
  saveSignatures,
} from './signing';
export type {
  HandwrittenRequest,
  SignatureVerdict,
  SignatureProblem,
  SignedContent,
} from './signing';

// Personal data: search, exact matching, purge, protection, what the device holds
export {
  buildPersonalSearchIndex,
  searchPersonalText,
  getPersonalSearchState,
} from './personal-search';
export type { PersonalSearchHit, PersonalSearchState } from './personal-search';
export { findInquiriesByRequester } from './requester-matches';
export { purgePersonalData, PurgeRefusedError } from './purge';
export type { PurgeRefusal } from './purge';
export { protectLegacyPersonalData } from './protect-legacy';
export { describeDeviceHoldings } from './device-holdings';
export type { DeviceHoldings } from './device-holdings';
export { saveServerSealingKey, resealOutbox } from './server-key';
export type { ResealReport } from './server-key';

export { loadInsightsSource } from './insights-source';
export type { InsightsSource } from './insights-source';

// The demo company
export { demoUserIds, demoPassword, provisionDemo, hasDemoAccounts } from './demo';
export type { DemoUserKey } from './demo';

// Inquiry workflow, list and duplicates (issue 4)
export {
  changeInquiryStatus,
  assignInquiry,
  saveInquiryNotes,
  updateInquiryQuestion,
  saveSafetyScreen,
  setInquiryOffLabel,
  confirmUnsolicited,
  addFollowUp,
  recordResponse,
  linkInquiry,
} from './inquiry-actions';
export type { UnsolicitedConfirmationInput, ResponseInput } from './inquiry-actions';
export {
  recordSentLetter,
  submitCustomResponse,
  recordCustomResponseReview,
} from './response-letters';
export type { CustomResponseInput } from './response-letters';
export { listAnsweredInquiriesOfEvent, listSentLetterSignatures } from './event-letters';
export { queryInquiries } from './inquiry-query';
export type { InquiryQuery, InquiryQueryPage } from './inquiry-query';
export { findDuplicateInquiries, duplicateSubjectOf } from './duplicate-inquiries';
export type { DuplicateInquiry } from './duplicate-inquiries';
export {
  useInquiryList,
  useDuplicateInquiries,
  useEvent,
  useCurrentEvent,
  useUser,
} from './inquiry-hooks';
export type { InquiryList, InquiryListQuery } from './inquiry-hooks';
export { useAutosave, autosaveDelayMilliseconds } from './autosave';
export { recoverRescuedDrafts, rescueDraft } from './draft-rescue';
export type { AutosaveOptions, AutosaveState } from './autosave';
// Safety report trails of the sync page, and file blobs
export { listSafetyReportTrails } from './sync/safety-trails';
export type { SafetyReportTrail } from './sync/safety-trails';
export { storeBlob, getBlob, readBlob, wantBlob, blobKeyOf } from './blobs-repository';
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
export {
  AccountMismatchError,
  SessionRefusedError,
  isDemoStore,
  listUnsyncedData,
} from './sync/session';
export type { AccountMismatch, SignInInput, UnsyncedData, SessionRefusal } from './sync/session';
export { saveSyncSettings } from './sync/settings';
export { buildUnsyncedExport, openUnsyncedExport } from './sync/unsynced-export';
export type { UnsyncedExport, UnsyncedExportContent } from './sync/unsynced-export';
export { SyncHttpError, ProtocolError } from './sync/api';
export { NetworkError, createFetchTransport } from './sync/transport';
export type { Transport, TransportRequest, TransportResponse } from './sync/transport';
