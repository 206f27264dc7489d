import { draftSchema } from '../../../shared/schemas';
import type { Draft } from '../../../shared/schemas';
import { draftAad, isEncryptedEnvelope } from '../../../shared/security/encryption';
import { createLogger } from '../platform/logger';
import type { DraftRow, MedinfoDatabase } from './db';
import { requireKeyring } from './crypto/keyring';
import { DecryptionError, decryptJson, encryptJson } from './crypto/web-crypto';

const log = createLogger('store');

/**
 * Saves a form draft, replacing the previous one with the same id. Call it on every change:
 * a crash or a closed lid must not lose typing (PRODUCT.md: booth capture). Drafts are local
 * and neither synced nor audited — the saved record is. The form is personal data: it is
 * encrypted with the device's draft key before it is stored. Throws a ZodError when the draft
 * is malformed and StoreLockedError while locked.
 */
export async function saveDraft(db: MedinfoDatabase, draft: Draft): Promise<void> {
  await saveSealedDraft(db, await sealDraft(db, draft));
}

/** Stores a draft that `sealDraft` already encrypted (autosave seals once, for both copies). */
export async function saveSealedDraft(db: MedinfoDatabase, row: DraftRow): Promise<void> {
  await db.drafts.put(row);
}

/**
 * A draft as it is stored: its form encrypted with the device's draft key. Throws as
 * `saveDraft`.
 */
export async function sealDraft(db: MedinfoDatabase, draft: Draft): Promise<DraftRow> {
  const valid = draftSchema.parse(draft);
  const keyring = requireKeyring(db);
  const personal = await encryptJson(keyring.drafts, valid.personal, draftAad(valid.id));
  return { ...valid, personal };
}

async function readDraft(db: MedinfoDatabase, row: DraftRow): Promise<Draft> {
  if (!isEncryptedEnvelope(row.personal)) return { ...row, personal: row.personal };
  try {
    const personal = await decryptJson(requireKeyring(db).drafts, row.personal, draftAad(row.id));
    return draftSchema.parse({ ...row, personal });
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    // A damaged draft must not stop the form from opening: it starts empty, the rest is kept.
    log.warn(`Draft ${row.id} could not be decrypted and is shown empty`);
    return { ...row, personal: null };
  }
}

/** A draft by id, decrypted; undefined when there is none. Throws StoreLockedError while locked. */
export async function getDraft(db: MedinfoDatabase, id: string): Promise<Draft | undefined> {
  const row = await db.drafts.get(id);
  return row === undefined ? undefined : readDraft(db, row);
}

/** Drafts of one kind, most recently saved first (for "continue where you left off"). */
export async function listDrafts(db: MedinfoDatabase, kind: Draft['kind']): Promise<Draft[]> {
  const rows = await db.drafts.where('kind').equals(kind).toArray();
  const drafts = await Promise.all(rows.map((row) => readDraft(db, row)));
  return drafts.sort((left, right) => Date.parse(right.savedAt) - Date.parse(left.savedAt));
}

/** Removes a draft once its record is saved or the user discards it; unknown ids are ignored. */
export async function discardDraft(db: MedinfoDatabase, id: string): Promise<void> {
  await db.drafts.delete(id);
}
