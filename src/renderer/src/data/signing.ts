import { createId, toDeviceTimestamp } from '../../../shared/domain';
import {
  ELECTRONIC_SIGNATURE_ALGORITHM,
  checkHandwrittenSeal,
  contentHashOf,
  electronicManifest,
  electronicSignatureSchema,
  handwrittenSignatureSchema,
  isContentUnchanged,
  sealHandwritten,
  signedContentOf,
} from '../../../shared/signatures';
import type {
  ElectronicSignature,
  HandwrittenPersonal,
  HandwrittenSeal,
  HandwrittenSignature,
  Signature,
  SignatureBinding,
  SignatureMeaning,
} from '../../../shared/signatures';
import type { Id } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { signManifest, verifyManifest } from './crypto/signing-keys';
import { checkPasswordAttempt, unwrapSigningKey } from './accounts/credentials';
import { WrongSignerError } from './accounts/errors';
import { requireActiveUser } from './accounts/sign-in';
import { personalProblemOf } from './personal-codec';
import { recordsFromRows } from './read-records';
import { newRecordFields } from './record-fields';
import type { Actor } from './write-synced';
import { writeSyncedBatch } from './write-synced';

/** What is signed: the record as it will be saved, and which of its fields the signature covers. */
export type SignedContent = { binding: SignatureBinding; record: unknown };

/**
 * Signs with user ID and password (21 CFR 11.200(a)): the account must be the signer's own and
 * active, the password is checked with the back-off, and the private key it unwraps signs a
 * manifest of the meaning, printed name, time and the SHA-256 of the signed content. Returns
 * the signature, not yet saved: save it with the record it signs (`writeSynced(…, signatures)`).
 * Throws WrongSignerError when the user ID is not the signer's, and as `signIn`.
 */
export async function signElectronically(
  db: MedinfoDatabase,
  request: SignedContent & {
    signerUserId: Id;
    username: string;
    password: string;
    meaning: SignatureMeaning;
    now?: Date;
  },
): Promise<ElectronicSignature> {
  const user = await requireActiveUser(db, request.signerUserId);
  if (request.username.trim().toLowerCase() !== user.username) throw new WrongSignerError();
  const now = request.now ?? new Date();
  const { credentials, keys } = await checkPasswordAttempt(db, user.id, request.password, now);
  const privateKey = await unwrapSigningKey(credentials, keys);
  try {
    const at = toDeviceTimestamp(now);
    const unsigned: Omit<ElectronicSignature, 'value'> = {
      ...newRecordFields({ userId: user.id, at }),
      kind: 'electronic',
      signerUserId: user.id,
      signerUsername: user.username,
      printedName: user.displayName,
      meaning: request.meaning,
      signedAt: at,
      binding: request.binding,
      contentHash: contentHashOf(signedContentOf(request.record, request.binding.fields)),
      algorithm: ELECTRONIC_SIGNATURE_ALGORITHM,
      keyId: credentials.signingKeyId,
      personal: null,
    };
    const value = await signManifest(privateKey, electronicManifest(unsigned));
    return electronicSignatureSchema.parse({ ...unsigned, value });
  } finally {
    privateKey.fill(0);
  }
}

/** What an on-screen signing needs: what is signed, who signs by hand, and the witness. */
export type HandwrittenRequest = SignedContent & {
  /** The signed-in officer in whose presence the signature is drawn, and when. */
  witness: Actor;
  signerName: string;
  /** The drawing as a PNG data URL. */
  image: string;
  meaning: SignatureMeaning;
};

/**
 * A handwritten signature drawn on screen that the signed record carries itself (the HCP's
 * signature on a booth inquiry): the seal, readable, and the personal part — name and drawing —
 * which is encrypted with the record. Throws a ZodError when the image is not a PNG data URL
 * or the name is empty.
 */
export function signByHand(
  request: HandwrittenRequest,
  id: Id = createId({ msecs: Date.parse(request.witness.at) }),
): { seal: HandwrittenSeal; personal: HandwrittenPersonal } {
  return sealHandwritten({
    id,
    witnessUserId: request.witness.userId,
    signedAt: request.witness.at,
    meaning: request.meaning,
    binding: request.binding,
    record: request.record,
    personal: { signerName: request.signerName.trim(), image: request.image },
  });
}

/**
 * A handwritten signature as a row of the signatures table, sealed as `signByHand` seals.
 * Throws as `signByHand`.
 */
export function createHandwrittenSignature(request: HandwrittenRequest): HandwrittenSignature {
  const fields = newRecordFields(request.witness);
  const { seal, personal } = signByHand(request, fields.id);
  return handwrittenSignatureSchema.parse({ ...fields, ...seal, personal });
}

/** Why a signature does not verify. */
export type SignatureProblem =
  'content-changed' | 'not-authentic' | 'unknown-signer-key' | 'signer-changed';

export type SignatureVerdict =
  { isValid: true; isImageChecked: boolean } | { isValid: false; problem: SignatureProblem };

async function checkAuthenticity(
  db: MedinfoDatabase,
  signature: Signature,
): Promise<SignatureVerdict> {
  if (signature.kind === 'handwritten') {
    // The content was checked by the caller; an encrypted (unreadable) personal part leaves the
    // seal to check, and says so.
    const personal = personalProblemOf(signature) === null ? signature.personal : null;
    const state = checkHandwrittenSeal(signature, personal);
    if (state === 'not-authentic' || state === 'signer-changed')
      return { isValid: false, problem: state };
    return { isValid: true, isImageChecked: state !== 'signer-unreadable' };
  }
  const signer = await db.users.get(signature.signerUserId);
  const key = signer?.signingKeys.find((candidate) => candidate.keyId === signature.keyId);
  if (!key) return { isValid: false, problem: 'unknown-signer-key' };
  const isAuthentic = await verifyManifest(
    key.publicKeyJwk,
    electronicManifest(signature),
    signature.value,
  );
  return isAuthentic
    ? { isValid: true, isImageChecked: false }
    : { isValid: false, problem: 'not-authentic' };
}

/**
 * Verifies a signature against the record it claims to sign: the record must still hold the
 * signed content (SHA-256 of its canonical JSON), and the signature must be authentic — an
 * electronic one verifies with the signer's public key, a handwritten one's manifest and image
 * hashes match. Works with any record value, e.g. a proposed change, before it is saved.
 */
export async function verifySignature(
  db: MedinfoDatabase,
  signature: Signature,
  record: unknown,
): Promise<SignatureVerdict> {
  if (!isContentUnchanged(signature, record)) return { isValid: false, problem: 'content-changed' };
  return checkAuthenticity(db, signature);
}

/** The signatures of one record, oldest first, with handwritten images decrypted. */
export async function listSignatures(
  db: MedinfoDatabase,
  binding: Pick<SignatureBinding, 'table' | 'recordId'>,
): Promise<Signature[]> {
  const rows = await db.signatures.where('binding.recordId').equals(binding.recordId).toArray();
  const own = rows.filter((row) => row.binding.table === binding.table && !row.deleted);
  const signatures = await recordsFromRows(db, 'signatures', own);
  return signatures.sort((left, right) => Date.parse(left.signedAt) - Date.parse(right.signedAt));
}

/**
 * Saves signatures on their own (when the signed record itself does not change, e.g. a second
 * approval). Throws as `writeSynced`.
 */
export async function saveSignatures(
  db: MedinfoDatabase,
  signatures: readonly Signature[],
  actor: Actor,
): Promise<void> {
  await writeSyncedBatch(db, { table: 'signatures', records: signatures, actor, operation: 'put' });
}
