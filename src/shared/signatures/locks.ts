import { timestampToUtc } from '../domain/time';
import { isContentUnchanged } from './binding';
import type { Signature, SignatureMeaning } from './schema';

/** A signature whose content the record no longer holds, and no later signature replaced. */
export type SignatureLockViolation = {
  signatureId: string;
  meaning: SignatureMeaning;
  fields: readonly string[];
};

type Lockable = Pick<Signature, 'id' | 'signedAt' | 'binding' | 'contentHash' | 'meaning'> & {
  deleted?: boolean;
};

function isLater(candidate: Lockable, than: Lockable): boolean {
  const candidateTime = timestampToUtc(candidate.signedAt);
  const thanTime = timestampToUtc(than.signedAt);
  // Ids are UUID v7: for two signings in the same millisecond, the id keeps the order.
  return candidateTime === thanTime ? candidate.id > than.id : candidateTime > thanTime;
}

function covers(signature: Lockable, fields: readonly string[]): boolean {
  const own = new Set(signature.binding.fields);
  return fields.every((field) => own.has(field));
}

/**
 * The signatures in force for a record: those whose signed content it still holds. Authoring,
 * review and approval of the same content are all in force together.
 */
export function currentSignatures<T extends Lockable>(
  record: unknown,
  signatures: readonly T[],
): T[] {
  return signatures.filter(
    (signature) => signature.deleted !== true && isContentUnchanged(signature, record),
  );
}

/**
 * Signed fields are locked (PRODUCT.md, 21 CFR Part 11): a record may no longer hold the content
 * of one of its signatures only if a later signature over at least the same fields holds the
 * new content — the change was signed again, which ends the old signature (and the approval
 * that went with it) without editing it. Returns the signatures a record would break.
 */
export function findLockViolations(
  record: unknown,
  signatures: readonly Lockable[],
): SignatureLockViolation[] {
  const live = signatures.filter((signature) => signature.deleted !== true);
  return live
    .filter((signature) => !isContentUnchanged(signature, record))
    .filter(
      (signature) =>
        !live.some(
          (later) =>
            isLater(later, signature) &&
            covers(later, signature.binding.fields) &&
            isContentUnchanged(later, record),
        ),
    )
    .map((signature) => ({
      signatureId: signature.id,
      meaning: signature.meaning,
      fields: signature.binding.fields,
    }));
}
