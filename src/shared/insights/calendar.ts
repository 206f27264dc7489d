import { addCalendarDays, weekdayOf } from '../domain/time';
import type { Granularity } from './filters';

/*
 * Calendar arithmetic for aggregation over many records: every result is cached per date, since
 * 100,000 inquiries fall on a few hundred distinct days.
 */

const millisecondsPerDay = 86_400_000;

/** Whole calendar days from `start` to `end` (negative when `end` is earlier). */
export function calendarDaysBetween(start: string, end: string): number {
  return Math.round(
    (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / millisecondsPerDay,
  );
}

/**
 * Counts business days over a holiday calendar in O(1) per question after a one-off walk: each
 * date gets the number of business days from an anchor up to and including it.
 */
export class BusinessDayCounter {
  private readonly ordinals = new Map<string, number>();
  private readonly sums = new Map<string, string>();
  private readonly holidays: ReadonlySet<string>;

  constructor(holidays: Iterable<string>) {
    this.holidays = new Set(holidays);
  }

  /** Whether a date is Monday to Friday and not a holiday. */
  isBusinessDay(date: string): boolean {
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(date);
  }

  /**
   * Business days after `start` up to and including `end`: an answer on the day of receipt
   * took 0, one on the next working day 1. Weekends and holidays in between do not count.
   * Negative when `end` is before `start`.
   */
  between(start: string, end: string): number {
    return this.ordinalOf(end) - this.ordinalOf(start);
  }

  /** The date `count` business days after `start` (the start itself never counts). */
  add(start: string, count: number): string {
    const key = `${start}+${count}`;
    const known = this.sums.get(key);
    if (known !== undefined) return known;
    let date = start;
    let remaining = count;
    while (remaining > 0) {
      date = addCalendarDays(date, 1);
      if (this.isBusinessDay(date)) remaining -= 1;
    }
    this.sums.set(key, date);
    return date;
  }

  private ordinalOf(date: string): number {
    const known = this.ordinals.get(date);
    if (known !== undefined) return known;
    // Business days from 2000-01-01 (a Saturday): count whole weeks, then walk the rest.
    const days = calendarDaysBetween('2000-01-01', date);
    const weeks = Math.floor(days / 7);
    let ordinal = weeks * 5;
    let day = addCalendarDays('2000-01-01', weeks * 7);
    while (day < date) {
      day = addCalendarDays(day, 1);
      if (weekdayOf(day) !== 0 && weekdayOf(day) !== 6) ordinal += 1;
    }
    for (const holiday of this.holidays) {
      if (
        holiday <= date &&
        holiday > '2000-01-01' &&
        weekdayOf(holiday) !== 0 &&
        weekdayOf(holiday) !== 6
      ) {
        ordinal -= 1;
      }
    }
    this.ordinals.set(date, ordinal);
    return ordinal;
  }
}

/** The period length above which days give way to weeks, and weeks to months. */
const dailyUpTo = 31;
const weeklyUpTo = 183;

/** The bucket size that keeps a volume chart readable for a period of `days` days. */
export function granularityFor(days: number): Granularity {
  if (days <= dailyUpTo) return 'day';
  return days <= weeklyUpTo ? 'week' : 'month';
}

/**
 * Assigns dates to buckets: a day is its own bucket, a week is named by its Monday (ISO 8601
 * weeks start on Monday), a month by `YYYY-MM`. Cached per date.
 */
export class BucketScheme {
  private readonly keys = new Map<string, string>();

  constructor(readonly granularity: Granularity) {}

  keyOf(date: string): string {
    const known = this.keys.get(date);
    if (known !== undefined) return known;
    const key = bucketKeyOf(date, this.granularity);
    this.keys.set(date, key);
    return key;
  }

  /** Every bucket key from the one holding `from` to the one holding `to`, in order. */
  keysBetween(from: string, to: string): string[] {
    const keys: string[] = [];
    const last = this.keyOf(to);
    let date = this.startOf(this.keyOf(from));
    for (let key = this.keyOf(date); key <= last; key = this.keyOf(date)) {
      keys.push(key);
      date =
        this.granularity === 'month'
          ? nextMonthStart(key)
          : addCalendarDays(date, this.granularity === 'week' ? 7 : 1);
    }
    return keys;
  }

  /** The first date of a bucket. */
  startOf(key: string): string {
    return this.granularity === 'month' ? `${key}-01` : key;
  }
}

function bucketKeyOf(date: string, granularity: Granularity): string {
  if (granularity === 'day') return date;
  if (granularity === 'month') return date.slice(0, 7);
  const weekday = weekdayOf(date);
  return addCalendarDays(date, weekday === 0 ? -6 : 1 - weekday);
}

function nextMonthStart(monthKey: string): string {
  const year = Number(monthKey.slice(0, 4));
  const month = Number(monthKey.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
