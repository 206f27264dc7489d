import { useCallback, useState } from 'react';
import type { Id } from '../../../../../shared/schemas';
import { discardDraft, getDatabase, useAutosave, useDraft } from '../../../data';

export type DraftedState<T> = {
  value: T;
  setValue: (value: T) => void;
  /** Forgets the draft (after saving or on cancel) and starts over from `next` or the initial value. */
  reset: (next?: T) => void;
  /** Whether the value was brought back from a draft kept earlier. */
  isRestored: boolean;
};

/**
 * State of a small form that is kept as a draft while typed and restored on return: the notes,
 * a follow-up, a response record. Nothing is written until the user changes something.
 * `parse` turns a kept draft back into a value, or null when it no longer fits.
 */
export function useDraftedState<T>(
  draftId: string,
  targetId: Id,
  initial: T,
  parse: (kept: unknown) => T | null,
): DraftedState<T> | null {
  const draft = useDraft(draftId);
  const [state, setState] = useState<{ value: T; isTouched: boolean; isRestored: boolean } | null>(
    null,
  );
  if (state === null && draft !== undefined) {
    // The kept draft (or the initial value) becomes the starting state, once.
    const kept = draft === null ? null : parse(draft.personal);
    setState({ value: kept ?? initial, isTouched: false, isRestored: kept !== null });
  }
  useAutosave({
    draftId,
    targetId,
    values: state?.value ?? null,
    isEnabled: state?.isTouched === true,
  });
  const setValue = useCallback(
    (value: T) =>
      setState((current) => ({ isRestored: current?.isRestored ?? false, value, isTouched: true })),
    [],
  );
  const reset = useCallback(
    (next?: T) => {
      setState({ value: next ?? initial, isTouched: false, isRestored: false });
      void discardDraft(getDatabase(), draftId);
    },
    [draftId, initial],
  );
  if (state === null) return null;
  return { value: state.value, setValue, reset, isRestored: state.isRestored };
}
