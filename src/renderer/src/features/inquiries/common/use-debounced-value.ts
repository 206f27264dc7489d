import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delay` ms. Screening 100 KB takes up to 150 ms
 * (docs/decisions/0005): running it on every key would stall typing.
 */
export function useDebouncedValue<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
