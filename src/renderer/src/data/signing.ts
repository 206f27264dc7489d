import { toDeviceTimestamp } from '../../../shared/domain';
import {
  ELECTRONIC_SIGNATURE_ALGORITHM,
  contentHashOf,
  electronicManifest,
  electronicSignatureSchema,
  handwrittenManifestHash,
  handwrittenSignatureSchema,
  isContentUnchanged,
  sha256HexOfText,
  signedContentOf,
} from '../../../shared/signatures';
import type {
  ElectronicSignature,
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

/**
 * A handwritten signature drawn on screen (the HCP at the booth), bound to the content and the
 * image by hashes and witnessed by the signed-in officer. Throws a ZodError when the image is
 * not a PNG data URL or the name is empty.
 */
export function createHandwrittenSignature(
  request: SignedContent & {
    witness: Actor;
    signerName: string;
    image: string;
    meaning: SignatureMeaning;
  },
): HandwrittenSignature {
  const unsealed = {
    ...newRecordFields(request.witness),
    kind: 'handwritten' as const,
    witnessUserId: request.witness.userId,
    meaning: request.meaning,
    signedAt: request.witness.at,
    binding: request.binding,
    contentHash: contentHashOf(signedContentOf(request.record, request.binding.fields)),
    imageSha256: sha256HexOfText(request.image),
    personal: { signerName: request.signerName, image: request.image },
  };
  return handwrittenSignatureSchema.parse({
    ...unsealed,
    manifestHash: handwrittenManifestHash(unsealed),
  });
}

/** Why a signature does not verify. */
export type SignatureProblem =
  'content-changed' | 'not-authentic' | 'unknown-signer-key' | 'image-changed';

export type SignatureVerdict =
  { isValid: true; isImageChecked: boolean } | { isValid: false; problem: SignatureProblem };

async function checkAuthenticity(
  db: MedinfoDatabase,
  signature: Signature,
): Promise<SignatureVerdict> {
  if (signature.kind === 'handwritten') {
    if (handwrittenManifestHash(signature) !== signature.manifestHash)
      return { isValid: false, problem: 'not-authentic' };
    if (personalProblemOf(signature) !== null) return { isValid: true, isImageChecked: false };
    const isImageIntact = sha256HexOfText(signature.personal.image) === signature.imageSha256;
    return isImageIntact
      ? { isValid: true, isImageChecked: true }
      : { isValid: false, problem: 'image-changed' };
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
