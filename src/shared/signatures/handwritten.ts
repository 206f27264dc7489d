import type { Id, Timestamp } from '../schemas/common';
import {
  contentHashOf,
  handwrittenManifestHash,
  isContentUnchanged,
  signedContentOf,
} from './binding';
import { handwrittenPersonalSchema, handwrittenSealSchema } from './schema';
import type {
  HandwrittenPersonal,
  HandwrittenSeal,
  SignatureBinding,
  SignatureMeaning,
} from './schema';

/** A signature drawn on screen, to be sealed: who signs what, witnessed by whom, and when. */
export type HandwrittenSigning = {
  id: Id;
  witnessUserId: Id;
  signedAt: Timestamp;
  meaning: SignatureMeaning;
  binding: SignatureBinding;
  /** The record as it will be saved; the binding's fields of it are signed. */
  record: unknown;
  personal: HandwrittenPersonal;
};

/**
 * Seals a handwritten signature: binds the signed content (SHA-256 of its canonical JSON), the
 * signer's name and drawing, the meaning, the time and the witness in one manifest hash, so
 * none of them can be changed, nor the signature carried over to other content (21 CFR 11.70).
 * Throws a ZodError when the drawing is not a PNG data URL or the name is empty.
 */
export function sealHandwritten(signing: HandwrittenSigning): {
  seal: HandwrittenSeal;
  personal: HandwrittenPersonal;
} {
  const personal = handwrittenPersonalSchema.parse(signing.personal);
  const unsealed = {
    id: signing.id,
    kind: 'handwritten' as const,
    meaning: signing.meaning,
    signedAt: signing.signedAt,
    binding: signing.binding,
    contentHash: contentHashOf(signedContentOf(signing.record, signing.binding.fields)),
    witnessUserId: signing.witnessUserId,
    personalSha256: contentHashOf(personal),
  };
  const seal = handwrittenSealSchema.parse({
    ...unsealed,
    manifestHash: handwrittenManifestHash(unsealed),
  });
  return { seal, personal };
}

/**
 * Whether a handwritten signature still holds for a record: 'content-changed' when the signed
 * fields changed, 'not-authentic' when the seal itself was altered, 'signer-changed' when the
 * name or drawing is not the one sealed, 'signer-unreadable' when the personal part is not
 * available (still encrypted, or purged) so only the seal could be checked.
 */
export type HandwrittenState =
  'valid' | 'content-changed' | 'not-authentic' | 'signer-changed' | 'signer-unreadable';

export function checkHandwritten(
  seal: HandwrittenSeal,
  personal: HandwrittenPersonal | null | undefined,
  record: unknown,
): HandwrittenState {
  if (!isContentUnchanged(seal, record)) return 'content-changed';
  return checkHandwrittenSeal(seal, personal);
}

/** Whether the seal is intact and belongs to this name and drawing (content not checked). */
export function checkHandwrittenSeal(
  seal: HandwrittenSeal,
  personal: HandwrittenPersonal | null | undefined,
): Exclude<HandwrittenState, 'content-changed'> {
  if (handwrittenManifestHash(seal) !== seal.manifestHash) return 'not-authentic';
  if (!personal) return 'signer-unreadable';
  return contentHashOf(personal) === seal.personalSha256 ? 'valid' : 'signer-changed';
}
