import Holidays from 'date-holidays';
import type { Country, IsoDate } from '../schemas/common';

/**
 * Public holidays of a country's calendar, for business-day rules (SLA due dates, forwarding of
 * safety reports by the end of the next business day in the affiliate's calendar — PRODUCT.md).
 * Only nationwide `public` holidays count: regional ones (a German Land's) and observances do not
 * close the affiliate's office as a whole.
 */

const cache = new Map<string, ReadonlySet<IsoDate>>();

/**
 * The public holidays of `country` in `year`, as local calendar dates. Throws a RangeError for a
 * country the holiday data does not know (a typo in the settings must not silently drop holidays).
 */
export function holidaysOf(country: Country, year: number): ReadonlySet<IsoDate> {
  const key = `${country}-${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const calendar = new Holidays();
  if (!Object.hasOwn(calendar.getCountries(), country)) {
    throw new RangeError(`No holiday calendar is known for the country ${country}`);
  }
  calendar.init(country);
  const holidays = calendar.getHolidays(year);
  const dates = new Set(
    (Array.isArray(holidays) ? holidays : [])
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  cache.set(key, dates);
  return dates;
}

/** The public holidays of `country` from `fromYear` to `toYear`, both included, in one set. */
export function holidaysBetween(
  country: Country,
  fromYear: number,
  toYear: number,
): ReadonlySet<IsoDate> {
  const dates = new Set<IsoDate>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const date of holidaysOf(country, year)) dates.add(date);
  }
  return dates;
}
