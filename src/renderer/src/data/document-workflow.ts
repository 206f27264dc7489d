import { documentApprovalSignatureSchema, permissionsOf } from '../../../shared/schemas';
import type {
  DocumentApprovalSignature,
  DocumentStatus,
  Id,
  ResponseDocument,
} from '../../../shared/schemas';
import { addCalendarDays, localDateOf } from '../../../shared/domain';
import { documentContentHash } from '../../../shared/library/approval';
import type { ElectronicSignature } from '../../../shared/signatures';
import { compareVersions, nextMajorVersion } from '../../../shared/library/versions';
import type { MedinfoDatabase } from './db';
import { getDocument, listDocumentVersions } from './documents-repository';
import { RecordNotFoundError } from './errors';
import { DocumentWorkflowError } from './library-errors';
import { newRecordFields } from './record-fields';
import { modifySynced } from './write-modify';
import { commitSynced, writeSynced } from './write-synced';
import type { Actor } from './write-synced';

/** The fields an author may change while a document is a draft. */
export type DraftChanges = Partial<
  Pick<
    ResponseDocument,
    | 'kind'
    | 'title'
    | 'productIds'
    | 'topics'
    | 'audience'
    | 'language'
    | 'summary'
    | 'body'
    | 'references'
    | 'attachments'
    | 'effectiveDate'
    | 'reviewDate'
  >
>;

const millisecondsPerDay = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / millisecondsPerDay,
  );
}

async function requireDocument(db: MedinfoDatabase, id: Id): Promise<ResponseDocument> {
  const document = await getDocument(db, id);
  if (document === undefined) throw new RecordNotFoundError('documents', id);
  return document;
}

function requireStatus(document: ResponseDocument, expected: DocumentStatus): void {
  if (document.status !== expected) {
    throw new DocumentWorkflowError(
      'wrong-status',
      `Document ${document.id} is ${document.status}, not ${expected}`,
    );
  }
}

async function moveStatus(
  db: MedinfoDatabase,
  id: Id,
  from: DocumentStatus,
  to: DocumentStatus,
  actor: Actor,
): Promise<ResponseDocument> {
  return modifySynced(db, 'documents', id, actor, (document) => {
    requireStatus(document, from);
    return { ...document, status: to };
  });
}

/**
 * Changes a draft's content (audited like every write). Throws RecordNotFoundError,
 * DocumentWorkflowError('wrong-status') unless it is a draft, and a ZodError on invalid content.
 */
export async function editDraftDocument(
  db: MedinfoDatabase,
  id: Id,
  changes: DraftChanges,
  actor: Actor,
): Promise<ResponseDocument> {
  return modifySynced(db, 'documents', id, actor, (document) => {
    requireStatus(document, 'draft');
    return { ...document, ...changes };
  });
}

/** draft → in review. Throws RecordNotFoundError or DocumentWorkflowError('wrong-status'). */
export async function submitDocumentForReview(
  db: MedinfoDatabase,
  id: Id,
  actor: Actor,
): Promise<ResponseDocument> {
  return moveStatus(db, id, 'draft', 'in-review', actor);
}

/** in review → draft, for changes. Throws as `submitDocumentForReview`. */
export async function returnDocumentToDraft(
  db: MedinfoDatabase,
  id: Id,
  actor: Actor,
): Promise<ResponseDocument> {
  return moveStatus(db, id, 'in-review', 'draft', actor);
}

/** approved → retired (withdrawn without a successor). Throws as `submitDocumentForReview`. */
export async function retireDocument(
  db: MedinfoDatabase,
  id: Id,
  actor: Actor,
): Promise<ResponseDocument> {
  return moveStatus(db, id, 'approved', 'retired', actor);
}

async function requireApprover(
  db: MedinfoDatabase,
  signature: DocumentApprovalSignature,
  actor: Actor,
): Promise<void> {
  // 21 CFR 11.100/11.200: a signature is used only by its owner, and only approvers approve.
  if (signature.signerUserId !== actor.userId) {
    throw new DocumentWorkflowError('signer-not-actor', 'The signer is not the person approving');
  }
  const signer = await db.users.get(signature.signerUserId);
  if (signer === undefined || !signer.isActive || !permissionsOf(signer.role).canApproveContent) {
    throw new DocumentWorkflowError(
      'signer-not-approver',
      'Only an active content approver may approve library documents',
    );
  }
}

/**
 * Approves a document in review with an e-signature made by the identity service: checks that
 * the signer is the actor and an active content approver and that the signature's contentHash
 * is the SHA-256 of exactly this version's content, then stores the document as approved with
 * the signature and retires the approved version it supersedes — one transaction.
 * Throws a ZodError for a malformed signature, RecordNotFoundError, and DocumentWorkflowError
 * ('wrong-status', 'signer-not-actor', 'signer-not-approver', 'signature-mismatch',
 * 'newer-version-approved'). `serviceSignature` is the identity service's signature record, saved
 * with the approval (decision 0012).
 */
export async function approveDocument(
  db: MedinfoDatabase,
  id: Id,
  signature: DocumentApprovalSignature,
  actor: Actor,
  serviceSignature?: ElectronicSignature,
): Promise<ResponseDocument> {
  const parsed = documentApprovalSignatureSchema.parse(signature);
  const document = await requireDocument(db, id);
  await requireApprover(db, parsed, actor);
  const others = (await listDocumentVersions(db, document.lineageId)).filter(
    (version) => version.id !== document.id && version.status === 'approved',
  );
  const receipts = await commitSynced(db, {
    table: 'documents',
    actor,
    operation: 'put',
    ids: [document.id, ...others.map((other) => other.id)],
    signatures: serviceSignature === undefined ? [] : [serviceSignature],
    // Checked again on the stored versions: another window may have changed them meanwhile.
    build: ([current, ...currentOthers]) => {
      if (!current || current.deleted) throw new RecordNotFoundError('documents', id);
      requireStatus(current, 'in-review');
      if (parsed.contentHash !== documentContentHash(current)) {
        throw new DocumentWorkflowError(
          'signature-mismatch',
          'The signature was made for other content than this version',
        );
      }
      const superseded = currentOthers.filter(
        (other): other is ResponseDocument => other !== null && other.status === 'approved',
      );
      if (superseded.some((other) => compareVersions(other.version, current.version) >= 0)) {
        throw new DocumentWorkflowError(
          'newer-version-approved',
          'A version at least as new is already approved',
        );
      }
      return [
        { ...current, status: 'approved', approval: parsed },
        ...superseded.map((other): ResponseDocument => ({ ...other, status: 'retired' })),
      ];
    },
  });
  return receipts[0]?.record ?? document;
}

/**
 * Starts the next version of an approved or retired document: a draft copy with the next major
 * version, the same lineage and variant group, and no approval; it supersedes the source once
 * approved. Validity starts today and lasts as long as the source's did. Throws
 * RecordNotFoundError and DocumentWorkflowError ('wrong-status', 'open-version-exists' when a
 * draft or review of the lineage is already open).
 */
export async function createNextDocumentVersion(
  db: MedinfoDatabase,
  id: Id,
  actor: Actor,
): Promise<ResponseDocument> {
  const source = await requireDocument(db, id);
  if (source.status !== 'approved' && source.status !== 'retired') {
    throw new DocumentWorkflowError('wrong-status', 'Only approved or retired documents');
  }
  const versions = await listDocumentVersions(db, source.lineageId);
  if (versions.some((version) => version.status === 'draft' || version.status === 'in-review')) {
    throw new DocumentWorkflowError('open-version-exists', 'A new version is already open');
  }
  const today = localDateOf(actor.at);
  const newest = versions[0]?.version ?? source.version;
  const validDays = daysBetween(source.effectiveDate, source.reviewDate);
  const draft: ResponseDocument = {
    ...source,
    ...newRecordFields(actor),
    status: 'draft',
    version: nextMajorVersion(newest),
    supersedesId: source.id,
    approval: null,
    origin: null,
    effectiveDate: today,
    reviewDate: addCalendarDays(today, validDays),
  };
  const receipt = await writeSynced(db, {
    table: 'documents',
    record: draft,
    actor,
    operation: 'put',
  });
  return receipt.record;
}
