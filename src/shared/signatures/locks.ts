import { timestampToUtc } from '../domain/time';
import { isContentUnchanged } from './binding';
import type { Signature, SignatureMeaning } from './schema';

/** A signature whose content the record no longer holds. */
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
 * The signatures still in force: those no later signature over at least the same fields has
 * replaced. An edit of signed content followed by a new signing thereby ends the old approval
 * (and its review, and its authoring) without editing any of them.
 */
export function currentSignatures<T extends Lockable>(signatures: readonly T[]): T[] {
  const live = signatures.filter((signature) => signature.deleted !== true);
  return live.filter(
    (signature) =>
      !live.some(
        (other) =>
          other !== signature &&
          isLater(other, signature) &&
          covers(other, signature.binding.fields),
      ),
  );
}

/**
 * Signed fields are locked (PRODUCT.md, 21 CFR Part 11): every signature in force must still
 * match the record. Returns the signatures a record would break; empty when it may be written.
 * A change of signed content therefore needs a new signature over the new content.
 */
export function findLockViolations(
  record: unknown,
  signatures: readonly Lockable[],
): SignatureLockViolation[] {
  return currentSignatures(signatures)
    .filter((signature) => !isContentUnchanged(signature, record))
    .map((signature) => ({
      signatureId: signature.id,
      meaning: signature.meaning,
      fields: signature.binding.fields,
    }));
}
