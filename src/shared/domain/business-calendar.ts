import Holidays from 'date-holidays';
import type { Country, IsoDate, Timestamp } from '../schemas/common';
import type { Urgency } from '../schemas/inquiry';
import type { DueDateBusinessDays } from '../schemas/settings';
import { computeDueDate, isBusinessDay } from './due-date';
import { addCalendarDays, localYearOf } from './time';

/**
 * The affiliate's working calendar: weekends and the public holidays of its country (and, when
 * configured, of a region such as a German Land). Holiday rules come from `date-holidays`, which
 * computes movable feasts (Easter, Whit Monday) for any year offline. Safety forwarding ("end of
 * the next business day after Day 0", PRODUCT.md) and inquiry due dates both count with it.
 */
export type BusinessCalendar = {
  country: Country;
  region: string | null;
  /** False when the holiday data does not know the country: then only weekends are skipped. */
  hasHolidayData: boolean;
  /** Public holidays of one year as `YYYY-MM-DD`. */
  holidaysOf: (year: number) => ReadonlySet<IsoDate>;
  /** Public holidays of every year the dates touch (a due date may fall into the next year). */
  holidaysAround: (...dates: IsoDate[]) => ReadonlySet<IsoDate>;
};

const cache = new Map<string, ReadonlySet<IsoDate>>();

function loadHolidays(country: Country, region: string | null, year: number): ReadonlySet<IsoDate> {
  const key = `${country}/${region ?? ''}/${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const holidays = region === null ? new Holidays(country) : new Holidays(country, region);
  // Only public holidays close an affiliate; observances (Valentine's Day) and bank holidays do not.
  const dates = new Set(
    holidays
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  cache.set(key, dates);
  return dates;
}

/** Whether the holiday data knows a country (ISO 3166-1 alpha-2). */
export function hasHolidayData(country: Country): boolean {
  return new Holidays().getCountries()[country] !== undefined;
}

/**
 * The calendar of an affiliate. Unknown countries (and `EU`, which has no holidays of its own)
 * get a calendar of weekends only, flagged with `hasHolidayData: false` so the UI can say so.
 */
export function createBusinessCalendar(
  country: Country,
  region: string | null = null,
): BusinessCalendar {
  const isKnown = hasHolidayData(country);
  const holidaysOf = (year: number): ReadonlySet<IsoDate> =>
    isKnown ? loadHolidays(country, region, year) : new Set();
  return {
    country,
    region,
    hasHolidayData: isKnown,
    holidaysOf,
    holidaysAround: (...dates) => {
      const years = new Set(
        dates.flatMap((date) => [Number(date.slice(0, 4)), Number(date.slice(0, 4)) + 1]),
      );
      return new Set([...years].flatMap((year) => [...holidaysOf(year)]));
    },
  };
}

/**
 * Business days from `start` to `end`: how many working days lie after `start` up to and
 * including `end` (0 when `end` is on or before `start`). Forwarding on the day of awareness
 * counts 0, on the next working day 1.
 */
export function businessDaysBetween(
  start: IsoDate,
  end: IsoDate,
  holidays: ReadonlySet<IsoDate>,
): number {
  let count = 0;
  for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) {
    if (isBusinessDay(date, holidays)) count += 1;
  }
  return count;
}

/**
 * The public holidays of `country` in `year`. Throws a RangeError for a country the holiday data
 * does not know: a typo in a filter must not silently count holidays as working days.
 */
export function holidaysOf(country: Country, year: number): ReadonlySet<IsoDate> {
  if (!hasHolidayData(country)) {
    throw new RangeError(`No holiday calendar is known for the country ${country}`);
  }
  return createBusinessCalendar(country).holidaysOf(year);
}

/** As holidaysOf, for the years `fromYear` to `toYear` (both included), in one set. */
export function holidaysBetween(
  country: Country,
  fromYear: number,
  toYear: number,
): ReadonlySet<IsoDate> {
  if (!hasHolidayData(country)) {
    throw new RangeError(`No holiday calendar is known for the country ${country}`);
  }
  return publicHolidaysBetween(country, fromYear, toYear);
}

/**
 * The public holidays of `country` in `year`; none for a code the holiday data does not know (or
 * `EU`), so due dates there skip weekends only.
 */
export function publicHolidays(country: Country, year: number): ReadonlySet<IsoDate> {
  return createBusinessCalendar(country).holidaysOf(year);
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
