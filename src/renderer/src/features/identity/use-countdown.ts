import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whole seconds until `until` (0 once passed, or when null), re-rendering as they tick. Read
 * from the clock on every check, so the count is right from the first render.
 */
export function useCountdown(until: Date | null): number {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (until === null) return () => undefined;
      const timer = window.setInterval(onChange, 250);
      return () => window.clearInterval(timer);
    },
    [until],
  );
  return useSyncExternalStore(subscribe, () =>
    until === null ? 0 : Math.max(0, Math.ceil((until.getTime() - Date.now()) / 1000)),
  );
}
