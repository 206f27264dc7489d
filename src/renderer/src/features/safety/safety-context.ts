import { useEffect, useMemo, useState } from 'react';
import type { BusinessCalendar } from '../../../../shared/domain/business-calendar';
import { createBusinessCalendar } from '../../../../shared/domain/business-calendar';
import type { Permissions, Settings } from '../../../../shared/schemas';
import { useSettings } from '../../data';
import { useCurrentPermissions } from '../../app/session';

/** The current time, refreshed every `intervalMs` so countdowns move without user action. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The affiliate's business calendar from the device settings (undefined while loading). */
export function useAffiliateCalendar():
  { calendar: BusinessCalendar; settings: Settings } | undefined {
  const settings = useSettings();
  const country = settings?.affiliateCountry;
  const calendar = useMemo(
    () => (country === undefined ? undefined : createBusinessCalendar(country)),
    [country],
  );
  return settings === undefined || calendar === undefined ? undefined : { calendar, settings };
}

/** What the signed-in person may see and do; follows the session (sign-in, switch of user). */
export function useSafetyPermissions(): Permissions {
  return useCurrentPermissions();
}
