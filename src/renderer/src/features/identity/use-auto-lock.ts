import { useEffect } from 'react';
import { defaultSettings } from '../../../../shared/schemas';
import { useSettings } from '../../data';
import { getPlatform } from '../../platform';
import { lockSession } from './session-actions';

const millisecondsPerMinute = 60_000;
const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const lockingEvents = new Set(['suspend', 'lock-screen', 'lock-requested']);

/**
 * Locks the app after the configured minutes without input, when the computer suspends or its
 * screen locks (main's power events; in browser mode Chromium's `freeze`), and when File › Lock
 * is picked (decision 0013). Hidden pages get throttled timers, so the idle time is checked
 * again the moment the page is visible.
 */
export function useAutoLock(): void {
  const settings = useSettings();
  const minutes = settings?.lockAfterIdleMinutes ?? defaultSettings.lockAfterIdleMinutes;
  useEffect(() => {
    let lastActivity = Date.now();
    const onActivity = (): void => {
      lastActivity = Date.now();
    };
    const check = (): void => {
      if (Date.now() - lastActivity >= minutes * millisecondsPerMinute) lockSession();
    };
    for (const name of activityEvents)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', check);
    const timer = window.setInterval(check, 5000);
    const stopSystemEvents = getPlatform().onSystemEvent((event) => {
      if (lockingEvents.has(event.kind)) lockSession();
    });
    return () => {
      for (const name of activityEvents)
        window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', check);
      window.clearInterval(timer);
      stopSystemEvents();
    };
  }, [minutes]);
}
