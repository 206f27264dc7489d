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
  useSafetyReports,
  useSafetyReport,
  useSafetyActions,
  useInsightsSource,
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

export { loadInsightsSource } from './insights-source';
export type { InsightsSource } from './insights-source';

// Demo accounts, for "sign in as" until real sign-in exists
export { demoUserIds, demoUsers } from './demo';
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
export type { UnsolicitedConfirmationInput } from './inquiry-actions';
export { queryInquiries } from './inquiry-query';
export type { InquiryQuery, InquiryQueryPage } from './inquiry-query';
export { searchPersonalText } from './search-personal-text';
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
