import { isEncryptedEnvelope } from '../../../shared/security/encryption';
import { draftSchema } from '../../../shared/schemas';
import type { DraftRow, MedinfoDatabase } from './db';

/*
 * The last moment's typing when the window closes or reloads. An IndexedDB write started while
 * the page unloads is not guaranteed to finish, so the pending draft is also written
 * synchronously to localStorage, and moved into the store (then removed) at the next start.
 * Only the sealed draft goes there — its form encrypted with the device's draft key, exactly as
 * the store keeps it — so no personal data is ever in plaintext on disk (decisions 0011, 0022).
 */

const prefix = 'medinfo.draftRescue:';

/** Keeps a sealed draft synchronously, for the next start to pick up. Never throws. */
export function rescueDraft(row: DraftRow): void {
  try {
    window.localStorage.setItem(`${prefix}${row.id}`, JSON.stringify(row));
  } catch {
    // No storage (private mode, quota): the debounced write is all there is.
  }
}

/**
 * Moves rescued drafts into the store when they are newer than the stored draft, and removes
 * them. Needs no key: they stay sealed. A copy that is not a sealed draft (malformed, or
 * plaintext from an older version) is dropped. Call once at start-up; returns how many were
 * recovered.
 */
export async function recoverRescuedDrafts(db: MedinfoDatabase): Promise<number> {
  if (typeof window === 'undefined' || !('localStorage' in window)) return 0;
  const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(prefix));
  let recovered = 0;
  for (const key of keys) {
    const row = sealedDraftOf(safeJson(window.localStorage.getItem(key)));
    if (row !== null) {
      const stored = await db.drafts.get(row.id);
      if (!stored || Date.parse(stored.savedAt) < Date.parse(row.savedAt)) {
        await db.drafts.put(row);
        recovered += 1;
      }
    }
    window.localStorage.removeItem(key);
  }
  return recovered;
}

function sealedDraftOf(value: unknown): DraftRow | null {
  if (typeof value !== 'object' || value === null || !('personal' in value)) return null;
  const { personal, ...fields } = value;
  if (!isEncryptedEnvelope(personal)) return null;
  const parsed = draftSchema.safeParse({ ...fields, personal: null });
  return parsed.success ? { ...parsed.data, personal } : null;
}

function safeJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
