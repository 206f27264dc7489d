import { useState } from 'react';
import { toDeviceTimestamp } from '../../../../shared/domain';
import type { Timestamp } from '../../../../shared/schemas';
import { fromLocalInputValue, toLocalInputValue } from './LifecycleDialogs';

/**
 * A datetime-local input that starts at "now". The input holds minutes only: left as it opened,
 * it means now to the millisecond, so an action recorded within a minute of forwarding is not
 * refused as earlier than it.
 */
export function useMomentInput(): {
  value: string;
  setValue: (value: string) => void;
  resolve: () => Timestamp | null;
} {
  const [openedValue] = useState(() => toLocalInputValue(toDeviceTimestamp(new Date())));
  const [value, setValue] = useState(openedValue);
  const resolve = (): Timestamp | null =>
    value === openedValue ? toDeviceTimestamp(new Date()) : fromLocalInputValue(value);
  return { value, setValue, resolve };
}
