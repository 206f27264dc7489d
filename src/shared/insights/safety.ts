import { localDateOf } from '../domain/time';
import type { BusinessDayCounter } from './calendar';
import type { SafetyReportFacts } from './input';

/** Internal forwarding to PV is due by the end of the next business day after Day 0 (PRODUCT.md). */
export const forwardingBusinessDays = 1;

export type SafetyFigures = {
  /** Reports whose Day 0 falls in the period. */
  captured: number;
  capturedIds: string[];
  forwarded: number;
  /** Forwarded by the end of the next business day after Day 0. */
  forwardedInTime: number;
  /**
   * forwardedInTime ÷ reports that are due: forwarded ones and overdue ones. A report still inside
   * its window is not yet due and counts neither way. Null when none is due.
   */
  forwardedInTimeShare: number | null;
  /** Forwarded, but after the deadline. */
  forwardedLate: number;
  forwardedLateIds: string[];
  acknowledged: number;
  /** Not forwarded, and the deadline has passed on `today`. */
  overdue: number;
  overdueIds: string[];
  /** The inquiries the reports came from, for "show the inquiries". */
  inquiryIds: string[];
};

/** Whether a report falls in the period and passes the inquiry filters. */
export type SafetyReportFilter = (report: SafetyReportFacts, awarenessDate: string) => boolean;

/**
 * Safety reports captured, forwarded in time, acknowledged and overdue. Day 0 counts whatever
 * the weekday (weekends and holidays count for awareness, GVP VI.B.7); the deadline is the end of
 * the next business day in the affiliate's calendar.
 */
export function computeSafety(
  reports: readonly SafetyReportFacts[],
  includes: SafetyReportFilter,
  businessDays: BusinessDayCounter,
  today: string,
): SafetyFigures {
  const figures: SafetyFigures = {
    captured: 0,
    capturedIds: [],
    forwarded: 0,
    forwardedInTime: 0,
    forwardedInTimeShare: null,
    forwardedLate: 0,
    forwardedLateIds: [],
    acknowledged: 0,
    overdue: 0,
    overdueIds: [],
    inquiryIds: [],
  };
  for (const report of reports) {
    const awarenessDate = localDateOf(report.awarenessAt);
    if (report.deleted || !includes(report, awarenessDate)) continue;
    figures.capturedIds.push(report.id);
    if (report.inquiryId !== null) figures.inquiryIds.push(report.inquiryId);
    const deadline = businessDays.add(awarenessDate, forwardingBusinessDays);
    if (report.forwardedAt !== null) {
      figures.forwarded += 1;
      if (localDateOf(report.forwardedAt) <= deadline) figures.forwardedInTime += 1;
      else figures.forwardedLateIds.push(report.id);
    } else if (deadline < today) {
      figures.overdueIds.push(report.id);
    }
    if (report.acknowledgedAt !== null) figures.acknowledged += 1;
  }
  figures.captured = figures.capturedIds.length;
  figures.forwardedLate = figures.forwardedLateIds.length;
  figures.overdue = figures.overdueIds.length;
  const due = figures.forwarded + figures.overdueIds.length;
  figures.forwardedInTimeShare = due === 0 ? null : figures.forwardedInTime / due;
  return figures;
}
