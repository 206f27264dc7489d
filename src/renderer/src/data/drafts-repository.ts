import { draftSchema } from '../../../shared/schemas';
import type { Draft } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';

/**
 * Saves a form draft, replacing the previous one with the same id. Call it on every change:
 * a crash or a closed lid must not lose typing (PRODUCT.md: booth capture). Drafts are local
 * and neither synced nor audited — the saved record is. Throws a ZodError when the draft is
 * malformed.
 */
export async function saveDraft(db: MedinfoDatabase, draft: Draft): Promise<void> {
  await db.drafts.put(draftSchema.parse(draft));
}

/** A draft by id; undefined when there is none. */
export async function getDraft(db: MedinfoDatabase, id: string): Promise<Draft | undefined> {
  return db.drafts.get(id);
}

/** Drafts of one kind, most recently saved first (for "continue where you left off"). */
export async function listDrafts(db: MedinfoDatabase, kind: Draft['kind']): Promise<Draft[]> {
  const drafts = await db.drafts.where('kind').equals(kind).toArray();
  return drafts.sort((left, right) => Date.parse(right.savedAt) - Date.parse(left.savedAt));
}

/** Removes a draft once its record is saved or the user discards it; unknown ids are ignored. */
export async function discardDraft(db: MedinfoDatabase, id: string): Promise<void> {
  await db.drafts.delete(id);
}
