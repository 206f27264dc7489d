import type { DocumentAvailability } from '../../../shared/domain';

/** Why a step of the document workflow (draft → in review → approved → retired) was refused. */
export type DocumentWorkflowRefusal =
  | 'wrong-status'
  | 'signer-not-actor'
  | 'signer-not-approver'
  | 'signature-mismatch'
  | 'newer-version-approved'
  | 'open-version-exists';

/** A workflow step that the document's state or the signer does not allow. */
export class DocumentWorkflowError extends Error {
  override name = 'DocumentWorkflowError';
  constructor(
    readonly reason: DocumentWorkflowRefusal,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * A document that may not be sent or read out today: not approved, not yet effective, past its
 * review date or deleted (PRODUCT.md: only approved, unexpired documents may be sent).
 */
export class DocumentNotSendableError extends Error {
  override name = 'DocumentNotSendableError';
  constructor(
    readonly documentId: string,
    readonly availability: Exclude<DocumentAvailability, 'sendable'>,
  ) {
    super(`Document ${documentId} cannot be used: ${availability}`);
  }
}

/** A library bundle that cannot be imported as a whole; nothing of it was stored. */
export class LibraryImportError extends Error {
  override name = 'LibraryImportError';
}
