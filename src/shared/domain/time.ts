import type { IsoDate, Timestamp } from '../schemas/common';

const minutesPerHour = 60;
const millisecondsPerMinute = 60_000;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** `+01:00` from an offset in minutes east of UTC. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / minutesPerHour))}:${pad(absolute % minutesPerHour)}`;
}

/**
 * A timestamp for an instant, written in the device's local time with its offset, e.g.
 * `2026-03-14T09:30:00.000+01:00`. `offsetMinutes` is minutes east of UTC — in a browser,
 * `-date.getTimezoneOffset()` — passed in so this stays pure and testable.
 */
export function toTimestamp(instant: Date, offsetMinutes: number): Timestamp {
  if (!Number.isFinite(instant.getTime())) {
    throw new RangeError('Cannot make a timestamp from an invalid date');
  }
  const local = new Date(instant.getTime() + offsetMinutes * millisecondsPerMinute);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}.${pad(local.getUTCMilliseconds(), 3)}${formatUtcOffset(offsetMinutes)}`;
}

/** The device-local timestamp of an instant, using the offset the device has at that instant. */
export function toDeviceTimestamp(instant: Date): Timestamp {
  return toTimestamp(instant, -instant.getTimezoneOffset());
}

/**
 * The same instant in UTC (`…Z`). Text order of these equals time order, which text order of
 * timestamps with different offsets does not: indexes and sorting use this form.
 */
export function timestampToUtc(timestamp: Timestamp): string {
  return new Date(timestamp).toISOString();
}

/** The calendar date of a timestamp as the device saw it (its local date, not UTC's). */
export function localDateOf(timestamp: Timestamp): IsoDate {
  return timestamp.slice(0, 10);
}

/** The local calendar year of a timestamp. */
export function localYearOf(timestamp: Timestamp): number {
  return Number(timestamp.slice(0, 4));
}

/** A calendar date moved by whole days (business-day rules are in due-date.ts). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
