import { useEffect, useMemo, useState } from 'react';
import type { BusinessCalendar } from '../../../../shared/domain/business-calendar';
import { createBusinessCalendar } from '../../../../shared/domain/business-calendar';
import { permissionsOf } from '../../../../shared/schemas';
import type { Permissions, Settings } from '../../../../shared/schemas';
import { useSettings, useUsers } from '../../data';
import { currentActor } from '../../app/session';

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

/**
 * What the acting user may see. Until sign-in exists the actor is the demo field officer; the
 * UI shapes itself with the role table (the server enforces the same table).
 */
export function useSafetyPermissions(): Permissions {
  const users = useUsers();
  const actor = currentActor();
  const role = users?.find((user) => user.id === actor.userId)?.role ?? 'field-officer';
  return permissionsOf(role);
}
