import { useEffect, useState } from 'react';

/** Whole seconds until `until` (0 once passed), re-rendering every second meanwhile. */
export function useCountdown(until: Date | null): number {
  const remaining = (): number =>
    until === null ? 0 : Math.max(0, Math.ceil((until.getTime() - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(remaining);
  useEffect(() => {
    setSeconds(remaining());
    if (until === null) return undefined;
    const timer = window.setInterval(() => setSeconds(remaining()), 1000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `remaining` only reads `until`
  }, [until]);
  return seconds;
}
