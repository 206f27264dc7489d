import { draftSchema } from '../../../shared/schemas';
import type { Draft } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { getDraft, saveDraft } from './drafts-repository';

/*
 * The last moment's typing when the window closes or reloads. An IndexedDB write started while
 * the page unloads is not guaranteed to finish, so the pending draft is also written
 * synchronously to localStorage, and moved into the store (then removed) at the next start.
 * It holds personal data only for that moment; the identity work encrypts drafts at rest and
 * must encrypt or drop this copy too (docs/decisions/0022).
 */

const prefix = 'medinfo.draftRescue:';

/** Keeps a draft synchronously, for the next start to pick up. Never throws. */
export function rescueDraft(draft: Draft): void {
  try {
    window.localStorage.setItem(`${prefix}${draft.id}`, JSON.stringify(draft));
  } catch {
    // No storage (private mode, quota): the debounced write is all there is.
  }
}

/**
 * Moves rescued drafts into the store when they are newer than the stored draft, and removes
 * them. Call once at start-up; returns how many were recovered. A rescued copy that is no
 * longer a draft is dropped.
 */
export async function recoverRescuedDrafts(db: MedinfoDatabase): Promise<number> {
  if (typeof window === 'undefined' || !('localStorage' in window)) return 0;
  const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(prefix));
  let recovered = 0;
  for (const key of keys) {
    const parsed = draftSchema.safeParse(safeJson(window.localStorage.getItem(key)));
    if (parsed.success) {
      const stored = await getDraft(db, parsed.data.id);
      if (!stored || Date.parse(stored.savedAt) < Date.parse(parsed.data.savedAt)) {
        await saveDraft(db, parsed.data);
        recovered += 1;
      }
    }
    window.localStorage.removeItem(key);
  }
  return recovered;
}

function safeJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
