import type { BusinessCalendar } from '../domain/business-calendar';
import { businessDaysBetween } from '../domain/business-calendar';
import { localDateOf } from '../domain/time';
import type { Timestamp } from '../schemas/common';
import type { SafetyAction } from '../schemas/safety-action';
import type { ForwardingChannel, SafetyReport } from '../schemas/safety-report';
import { forwardingCountdown } from './forwarding';
import type { ForwardingState } from './forwarding';
import { reportLifecycle } from './lifecycle';
import type { SafetyLifecycleStatus } from './lifecycle';
import { checkMinimumCriteria } from './minimum-criteria';

/**
 * The periodic reconciliation of captured against forwarded against acknowledged reports
 * (PRODUCT.md: "the app proves it"). Every report, with Day 0, forwarding and acknowledgement
 * times and the business days it took to forward; overdue reports first.
 */

export type ReconciliationRow = {
  reference: string;
  kind: SafetyReport['kind'];
  followUpNumber: number;
  dayZero: Timestamp;
  firstSavedAt: Timestamp;
  dueAt: Timestamp;
  forwardedAt: Timestamp | null;
  forwardingChannel: ForwardingChannel | null;
  forwardingReference: string | null;
  acknowledgedAt: Timestamp | null;
  pvCaseId: string | null;
  reconciledAt: Timestamp | null;
  status: SafetyLifecycleStatus;
  /** Forwarding against its deadline: overdue and late are the rows to explain. */
  forwardingState: ForwardingState;
  /** Business days from Day 0 to forwarding (0 = same day); null while not forwarded. */
  businessDaysToForward: number | null;
  /** Whether the four minimum criteria are met (complaints: always true). */
  isValidCase: boolean;
};

const stateOrder: Record<ForwardingState, number> = {
  overdue: 0,
  'due-soon': 1,
  pending: 2,
  late: 3,
  'on-time': 4,
};

function rowOf(
  report: SafetyReport,
  actions: readonly SafetyAction[],
  now: Date,
  calendar: BusinessCalendar,
): ReconciliationRow {
  const lifecycle = reportLifecycle(report, actions);
  const countdown = forwardingCountdown(report, now, calendar);
  const forwardedAt = report.forwarding?.at ?? null;
  const dayZero = localDateOf(report.awarenessAt);
  const businessDaysToForward =
    forwardedAt === null
      ? null
      : businessDaysBetween(
          dayZero,
          localDateOf(forwardedAt),
          calendar.holidaysAround(dayZero, localDateOf(forwardedAt)),
        );
  return {
    reference: report.reference,
    kind: report.kind,
    followUpNumber: report.followUpNumber,
    dayZero: report.awarenessAt,
    firstSavedAt: report.firstSavedAt,
    dueAt: countdown.dueAt,
    forwardedAt,
    forwardingChannel: report.forwarding?.channel ?? null,
    forwardingReference: report.forwarding?.reference ?? null,
    acknowledgedAt: lifecycle.acknowledgedAt,
    pvCaseId: lifecycle.pvCaseId,
    reconciledAt: lifecycle.reconciledAt,
    status: lifecycle.status,
    forwardingState: countdown.state,
    businessDaysToForward,
    isValidCase: report.kind === 'product-complaint' || checkMinimumCriteria(report).isValid,
  };
}

/**
 * Every report (tombstones left out) as a reconciliation row: overdue first, then those still
 * due, then those forwarded late, then on time; oldest Day 0 first within each group.
 */
export function buildReconciliation(
  reports: readonly SafetyReport[],
  actions: readonly SafetyAction[],
  now: Date,
  calendar: BusinessCalendar,
): ReconciliationRow[] {
  return reports
    .filter((report) => !report.deleted)
    .map((report) => rowOf(report, actions, now, calendar))
    .sort(
      (first, second) =>
        stateOrder[first.forwardingState] - stateOrder[second.forwardingState] ||
        Date.parse(first.dayZero) - Date.parse(second.dayZero),
    );
}

export type ReconciliationSummary = {
  total: number;
  forwarded: number;
  acknowledged: number;
  overdue: number;
  forwardedLate: number;
  /** Share forwarded within the deadline among those forwarded (PRODUCT.md target: 100 %). */
  onTimeRate: number | null;
};

/** The counts at the head of the report. */
export function summariseReconciliation(rows: readonly ReconciliationRow[]): ReconciliationSummary {
  const forwarded = rows.filter((row) => row.forwardedAt !== null).length;
  const late = rows.filter((row) => row.forwardingState === 'late').length;
  return {
    total: rows.length,
    forwarded,
    acknowledged: rows.filter((row) => row.acknowledgedAt !== null).length,
    overdue: rows.filter((row) => row.forwardingState === 'overdue').length,
    forwardedLate: late,
    onTimeRate: forwarded === 0 ? null : (forwarded - late) / forwarded,
  };
}
