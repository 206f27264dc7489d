import Holidays from 'date-holidays';
import type { Country, IsoDate, Timestamp } from '../schemas/common';
import type { Urgency } from '../schemas/inquiry';
import type { DueDateBusinessDays } from '../schemas/settings';
import { computeDueDate } from './due-date';
import { localYearOf } from './time';

/*
 * The business-day calendar of a country: its public holidays from date-holidays (nationwide
 * rules only; regional holidays such as Bavaria's Epiphany are not in a country's calendar).
 * Only `public` days count: `bank` days (Christmas Eve in Germany) and observances are working
 * days for a medical information department. Pure apart from a cache of computed years.
 */

const cache = new Map<string, ReadonlySet<IsoDate>>();

/**
 * The public holidays of `country` in `year`, as `YYYY-MM-DD` (substitute days included, e.g. a
 * US Independence Day on a Saturday is observed on the Friday before). An unknown code (or `EU`)
 * has none, so due dates there skip weekends only.
 */
export function publicHolidays(country: Country, year: number): ReadonlySet<IsoDate> {
  const key = `${country}:${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // An unknown country yields no holidays rather than an error.
  const days = new Holidays(country)
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10));
  const holidays: ReadonlySet<IsoDate> = new Set(days);
  cache.set(key, holidays);
  return holidays;
}

/** Public holidays of `country` from `fromYear` to `toYear`, both included. */
export function publicHolidaysBetween(
  country: Country,
  fromYear: number,
  toYear: number,
): ReadonlySet<IsoDate> {
  const all = new Set<IsoDate>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const day of publicHolidays(country, year)) all.add(day);
  }
  return all;
}

export type CountryDueDateInput = {
  receivedAt: Timestamp;
  urgency: Urgency;
  businessDays: DueDateBusinessDays;
  /** The requester's country: its weekends and public holidays are skipped. */
  country: Country;
};

/**
 * The SLA due date of an inquiry on the business-day calendar of the requester's country. At
 * most 60 business days are configurable, so the year of receipt and the next one suffice.
 */
export function dueDateInCountry(input: CountryDueDateInput): IsoDate {
  const year = localYearOf(input.receivedAt);
  return computeDueDate({
    receivedAt: input.receivedAt,
    urgency: input.urgency,
    businessDays: input.businessDays,
    holidays: publicHolidaysBetween(input.country, year, year + 1),
  });
}
