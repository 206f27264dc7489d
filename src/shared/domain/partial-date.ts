import type { IsoDate } from '../schemas/common';

/**
 * Dates as reporters give them: a year (`2026`), a month (`2026-03`) or a day (`2026-03-14`).
 * "She started it in March" is real information; forcing a day would invent one. ICH E2B(R3)
 * carries the same three precisions (CCYY, CCYYMM, CCYYMMDD).
 */
export type PartialDate = string;

export const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a text is a partial date that exists in the calendar (no 2026-02-30, no month 13). */
export function isPartialDate(text: string): boolean {
  const match = partialDatePattern.exec(text);
  if (!match) return false;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (year < 1850) return false;
  if (monthText === undefined) return true;
  const month = Number(monthText);
  if (month < 1 || month > 12) return false;
  if (dayText === undefined) return true;
  const day = Number(dayText);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first calendar day a partial date can mean (`2026-03` → `2026-03-01`). */
export function earliestDayOf(date: PartialDate): IsoDate {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last calendar day a partial date can mean (`2026-02` → `2026-02-28`). */
export function latestDayOf(date: PartialDate): IsoDate {
  const [yearText = '', monthText, dayText] = date.split('-');
  if (dayText !== undefined) return date;
  if (monthText === undefined) return `${yearText}-12-31`;
  const lastDay = daysInMonth(Number(yearText), Number(monthText));
  return `${yearText}-${monthText}-${String(lastDay).padStart(2, '0')}`;
}

/**
 * Whether `later` is certainly after `earlier`: every day `later` can mean comes after every day
 * `earlier` can mean. Validation refuses only what is certainly impossible, so "onset 2026-03"
 * with "report 2026-03-10" passes (the onset may have been on the 1st).
 */
export function isCertainlyAfter(later: PartialDate, earlier: PartialDate): boolean {
  return earliestDayOf(later) > latestDayOf(earlier);
}

/** E2B form of a partial date: `2026-03` → `202603`. */
export function partialDateToCompact(date: PartialDate): string {
  return date.replaceAll('-', '');
}
