import type { IsoDate, Timestamp } from '../schemas/common';
import type { Urgency } from '../schemas/inquiry';
import type { DueDateBusinessDays } from '../schemas/settings';
import { addCalendarDays, localDateOf, weekdayOf } from './time';

export type DueDateInput = {
  receivedAt: Timestamp;
  urgency: Urgency;
  businessDays: DueDateBusinessDays;
  /** Public holidays of the affiliate's calendar; weekends are always skipped. */
  holidays?: ReadonlySet<IsoDate>;
};

/** Whether a date is a working day: Monday to Friday and not a holiday. */
export function isBusinessDay(date: IsoDate, holidays: ReadonlySet<IsoDate> = new Set()): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** A date `count` business days after `start` (the start day itself is never counted). */
export function addBusinessDays(
  start: IsoDate,
  count: number,
  holidays: ReadonlySet<IsoDate> = new Set(),
): IsoDate {
  let date = start;
  let remaining = count;
  while (remaining > 0) {
    date = addCalendarDays(date, 1);
    if (isBusinessDay(date, holidays)) remaining -= 1;
  }
  return date;
}

/**
 * The SLA due date of an inquiry: the local date of receipt plus the business days configured
 * for its urgency (settings; defaults urgent 1, high 2, normal 5, low 10).
 */
export function computeDueDate(input: DueDateInput): IsoDate {
  return addBusinessDays(
    localDateOf(input.receivedAt),
    input.businessDays[input.urgency],
    input.holidays,
  );
}
