import type { BusinessCalendar } from '../domain/business-calendar';
import { addBusinessDays } from '../domain/due-date';
import { addCalendarDays, localDateOf, timestampToUtc } from '../domain/time';
import type { IsoDate, Timestamp } from '../schemas/common';
import type { Forwarding } from '../schemas/safety-report';
import type { Seriousness } from '../schemas/safety-parts';

/**
 * Deadlines of a safety report, all counted from Day 0 (the awareness time):
 * - internal forwarding to PV: by the end of the next business day after Day 0 in the
 *   affiliate's calendar (PRODUCT.md);
 * - regulatory submission downstream, for information: 15 calendar days for a serious case,
 *   90 for a non-serious one in the EU (GVP VI.B.7, Directive 2001/83/EC Art. 107(3)).
 */

/** The offset part of a timestamp (`+01:00`, `-05:00`, `Z`). */
function offsetOf(timestamp: Timestamp): string {
  const match = /(Z|[+-]\d{2}:\d{2})$/.exec(timestamp);
  return match?.[1] ?? 'Z';
}

/**
 * When forwarding is due: 23:59:59.999 of the next business day after Day 0's local date, in
 * Day 0's UTC offset (the wall clock of whoever became aware; the affiliate's calendar decides
 * which days count). Weekends and holidays count for Day 0 itself: a Saturday contact is due on
 * Monday (or Tuesday after a Monday holiday).
 */
export function forwardingDueAt(awarenessAt: Timestamp, calendar: BusinessCalendar): Timestamp {
  const dayZero = localDateOf(awarenessAt);
  const holidays = calendar.holidaysAround(dayZero, addCalendarDays(dayZero, 14));
  const dueDate = addBusinessDays(dayZero, 1, holidays);
  return `${dueDate}T23:59:59.999${offsetOf(awarenessAt)}`;
}

export type ForwardingState = 'pending' | 'due-soon' | 'overdue' | 'on-time' | 'late';

export type ForwardingCountdown = {
  dueAt: Timestamp;
  state: ForwardingState;
  /** Milliseconds until the deadline (negative when past); measured to forwarding once done. */
  remainingMs: number;
  isForwarded: boolean;
};

/** Less than this before the deadline, the countdown turns to a warning. */
export const dueSoonMs = 4 * 60 * 60 * 1000;

/**
 * The countdown the home screen, the inquiry and the safety list show. Once forwarded it is
 * frozen: on time or late, measured at the forwarding time.
 */
export function forwardingCountdown(
  report: { awarenessAt: Timestamp; forwarding: Forwarding | null },
  now: Date,
  calendar: BusinessCalendar,
): ForwardingCountdown {
  const dueAt = forwardingDueAt(report.awarenessAt, calendar);
  const due = Date.parse(dueAt);
  if (report.forwarding !== null) {
    const remainingMs = due - Date.parse(report.forwarding.at);
    return { dueAt, state: remainingMs >= 0 ? 'on-time' : 'late', remainingMs, isForwarded: true };
  }
  const remainingMs = due - now.getTime();
  const state = remainingMs < 0 ? 'overdue' : remainingMs <= dueSoonMs ? 'due-soon' : 'pending';
  return { dueAt, state, remainingMs, isForwarded: false };
}

/** Whether any reaction meets a seriousness criterion (ICH E2A). */
export function isSeriousCase(events: readonly { seriousness: Seriousness }[]): boolean {
  return events.some((event) => Object.values(event.seriousness).some(Boolean));
}

export type RegulatoryClock = {
  kind: 'serious-15-days' | 'non-serious-90-days';
  calendarDays: 15 | 90;
  dueDate: IsoDate;
  daysRemaining: number;
};

/**
 * The regulatory clock downstream of PV, shown for information: PV, not the officer, submits.
 * Calendar days, weekends included; Day 0 is day zero.
 */
export function regulatoryClock(
  awarenessAt: Timestamp,
  isSerious: boolean,
  today: IsoDate,
): RegulatoryClock {
  const calendarDays = isSerious ? 15 : 90;
  const dueDate = addCalendarDays(localDateOf(awarenessAt), calendarDays);
  const daysRemaining = Math.round(
    (Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  return {
    kind: isSerious ? 'serious-15-days' : 'non-serious-90-days',
    calendarDays,
    dueDate,
    daysRemaining,
  };
}

/** Sorts by the instant, not by the text (offsets differ). */
export function compareTimestamps(first: Timestamp, second: Timestamp): number {
  const left = timestampToUtc(first);
  const right = timestampToUtc(second);
  return left < right ? -1 : left > right ? 1 : 0;
}
