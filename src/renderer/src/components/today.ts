import { localDateOf, toDeviceTimestamp } from '../../../shared/domain';
import type { IsoDate } from '../../../shared/schemas';

/** Today's calendar date on this device, for expiry and due-date checks shown to the user. */
export function todayInAffiliateCalendar(now: Date = new Date()): IsoDate {
  return localDateOf(toDeviceTimestamp(now));
}
