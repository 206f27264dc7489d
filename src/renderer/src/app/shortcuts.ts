import { useEffect } from 'react';

export type Shortcut = {
  /** What the user presses, for display, e.g. "Ctrl+2". */
  keys: string;
  /** Catalog key of the description. */
  descriptionKey: string;
  /** Interpolation values for the description. */
  values?: Record<string, string>;
  matches: (event: KeyboardEvent) => boolean;
  run: () => void;
};

/** Ctrl on Windows and Linux, ⌘ on macOS. */
export function isCommandKey(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

/** True while the user types in a field: single-key shortcuts must not steal those keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Listens on the window for the given shortcuts; the first match wins and is not passed on. */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = shortcuts.find((candidate) => candidate.matches(event));
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shortcuts]);
}
