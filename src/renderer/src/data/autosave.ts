import { useEffect, useRef, useState } from 'react';
import type { DraftKind, Id, Timestamp } from '../../../shared/schemas';
import { toDeviceTimestamp, toJsonValue } from '../../../shared/domain';
import { rescueDraft } from './draft-rescue';
import type { DraftRow } from './db';
import { saveSealedDraft, sealDraft } from './drafts-repository';
import { getDatabase } from './store';

/** How long typing may pause before the draft is written (PRODUCT.md: zero typing lost). */
export const autosaveDelayMilliseconds = 300;

export type AutosaveState = { savedAt: Timestamp | null; error: Error | null };

export type AutosaveOptions = {
  draftId: string;
  kind?: DraftKind;
  targetId: Id | null;
  values: unknown;
  /** False while there is nothing to keep yet, e.g. while a kept draft is being offered. */
  isEnabled: boolean;
};

/**
 * Keeps a form's values as a draft in the local store as the user types: written 300 ms after
 * the last change, and at once when the page is hidden or unloaded (closing the window, a
 * reload) — then also, sealed, synchronously to localStorage, since an IndexedDB write may not
 * finish while the page unloads (see draft-rescue.ts).
 */
export function useAutosave(options: AutosaveOptions): AutosaveState {
  const { draftId, kind = 'inquiry', targetId, values, isEnabled } = options;
  const [state, setState] = useState<AutosaveState>({ savedAt: null, error: null });
  const pending = useRef<((isUnloading: boolean) => void) | null>(null);
  const sealed = useRef<DraftRow | null>(null);
  // Form libraries may hand over the same object mutated: its text is the dependency.
  const serialised = JSON.stringify(values);

  useEffect(() => {
    if (!isEnabled) return undefined;
    const draft = {
      id: draftId,
      kind,
      targetId,
      savedAt: toDeviceTimestamp(new Date()),
      personal: toJsonValue(JSON.parse(serialised)),
    };
    // Sealed once, at once: an unload can then keep the latest typing synchronously as
    // ciphertext, and the debounced write stores the same sealed row.
    let isLatest = true;
    const sealing = sealDraft(getDatabase(), draft);
    sealing.then(
      (row) => {
        if (isLatest) sealed.current = row;
      },
      () => undefined, // the write below reports the same failure
    );
    const write = (isUnloading: boolean): void => {
      pending.current = null;
      // The page may be gone before IndexedDB commits: keep a synchronous copy as well.
      if (isUnloading && sealed.current) rescueDraft(sealed.current);
      sealing
        .then((row) => saveSealedDraft(getDatabase(), row))
        .then(
          () => setState({ savedAt: draft.savedAt, error: null }),
          (error: unknown) =>
            setState((previous) => ({
              ...previous,
              error: error instanceof Error ? error : new Error(String(error)),
            })),
        );
    };
    pending.current = write;
    const timer = window.setTimeout(() => write(false), autosaveDelayMilliseconds);
    return () => {
      isLatest = false;
      window.clearTimeout(timer);
    };
  }, [draftId, kind, targetId, serialised, isEnabled]);

  useEffect(() => {
    const flush = (): void => pending.current?.(true);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);

  return state;
}
