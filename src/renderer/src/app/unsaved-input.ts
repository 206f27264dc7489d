import { useEffect, useSyncExternalStore } from 'react';

/*
 * Which forms hold input that is not saved as a record yet. Forms report it; the updater asks
 * (an update never installs over unsaved input: see src/shared/updates/gate.ts). Kept in memory
 * on purpose: it describes this window's forms right now, not anything to keep.
 */

const formsWithUnsavedInput = new Set<string>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Records whether the form `formId` holds unsaved input; call with false once it is saved. */
export function setUnsavedInput(formId: string, hasUnsavedInput: boolean): void {
  const had = formsWithUnsavedInput.has(formId);
  if (hasUnsavedInput === had) return;
  if (hasUnsavedInput) formsWithUnsavedInput.add(formId);
  else formsWithUnsavedInput.delete(formId);
  notify();
}

/** True while any form holds unsaved input. */
export function hasUnsavedInput(): boolean {
  return formsWithUnsavedInput.size > 0;
}

/**
 * For forms: reports `isDirty` under `formId` while the form is mounted, and clears it when the
 * form goes away (saved, discarded or navigated from — its draft is kept in the store).
 */
export function useReportUnsavedInput(formId: string, isDirty: boolean): void {
  useEffect(() => {
    setUnsavedInput(formId, isDirty);
  }, [formId, isDirty]);
  useEffect(() => () => setUnsavedInput(formId, false), [formId]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders when any form starts or stops holding unsaved input. */
export function useHasUnsavedInput(): boolean {
  return useSyncExternalStore(subscribe, hasUnsavedInput);
}
