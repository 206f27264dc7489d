import type { SyncedTable } from '../../../shared/schemas';
import { findLockViolations } from '../../../shared/signatures';
import type { Signature } from '../../../shared/signatures';
import type { MedinfoDatabase } from './db';
import { ImmutableFieldError, SignedContentLockedError } from './errors';
import { checkChange } from './write-check';
import type { CheckedChange } from './write-check';
import type { Actor } from './write-synced';

/**
 * Checks the signatures a write brings: each is a new record (signatures are never edited or
 * replaced: 21 CFR 11.70) and valid. Returns them as changes of the `signatures` table. Throws
 * ImmutableFieldError when a signature with that id already exists, a ZodError when invalid.
 */
export async function checkSignatureRecords(
  db: MedinfoDatabase,
  signatures: readonly Signature[],
  actor: Actor,
): Promise<CheckedChange[]> {
  if (signatures.length === 0) return [];
  const stored = await db.signatures.bulkGet(signatures.map((signature) => signature.id));
  const existing = stored.find((row) => row !== undefined);
  if (existing) throw new ImmutableFieldError('signatures', existing.id, 'signature');
  return signatures.map((signature) =>
    checkChange('signatures', signature, null, undefined, actor, 'put'),
  );
}

/**
 * Signed fields are locked: every signature in force over a record must still match it after
 * the write, counting the signatures the write brings. Reads the stored signatures of all the
 * records at once. Throws SignedContentLockedError naming the locked fields.
 */
export async function checkSignatureLocks(
  db: MedinfoDatabase,
  changes: readonly CheckedChange[],
  newSignatures: readonly CheckedChange[],
): Promise<void> {
  const signed = changes.filter((change) => change.table !== 'signatures');
  if (signed.length === 0) return;
  const ids = signed.map((change) => change.after.id);
  const stored = await db.signatures.where('binding.recordId').anyOf(ids).toArray();
  const added = newSignatures.map((change) => change.after as Signature); // as: changes of the signatures table
  const all = [...stored, ...added];
  if (all.length === 0) return;
  for (const change of signed) {
    const own = all.filter(
      (signature) =>
        signature.binding.recordId === change.after.id &&
        signature.binding.table === (change.table satisfies SyncedTable),
    );
    const violations = findLockViolations(change.after, own);
    if (violations.length > 0) {
      const fields = [...new Set(violations.flatMap((violation) => violation.fields))];
      throw new SignedContentLockedError(change.table, change.after.id, fields);
    }
  }
}
