import type { BusinessCalendar } from '../domain/business-calendar';
import { addBusinessDays } from '../domain/due-date';
import { earliestDayOf } from '../domain/partial-date';
import { addCalendarDays, localDateOf } from '../domain/time';
import type { IsoDate } from '../schemas/common';
import type { FollowUpAttempt, FollowUpTopic } from '../schemas/safety-action';
import type { NewSafetyReport } from '../schemas/safety-report';
import { compareTimestamps } from './forwarding';
import { checkMinimumCriteria } from './minimum-criteria';
import type { MinimumCriterion } from './minimum-criteria';

/**
 * Missing information becomes follow-up tasks with due dates and an attempt log (GVP VI.B.3:
 * follow-up of incomplete reports; VI.B.6.1: the outcome of every exposed pregnancy). The
 * policy below is the company's working rule, kept in one place so it can be configured later.
 */
export const followUpPolicy = {
  /** Missing minimum criteria are chased at once: the first attempt is due with forwarding. */
  minimumCriterionBusinessDays: 1,
  otherBusinessDays: 5,
  businessDaysBetweenAttempts: 5,
  /** After this many attempts without the information the task is exhausted (documented). */
  maximumAttempts: 3,
  /** The pregnancy outcome is asked for this many days after the expected delivery. */
  daysAfterDelivery: 30,
} as const;

export type FollowUpPriority = 'minimum-criterion' | 'exchange' | 'reminder';

export type FollowUpTask = {
  topic: FollowUpTopic;
  priority: FollowUpPriority;
  firstDueDate: IsoDate;
  /** When the next attempt is due; null once obtained, declined or exhausted. */
  nextAttemptDue: IsoDate | null;
  attempts: FollowUpAttempt[];
  state: 'open' | 'obtained' | 'declined' | 'exhausted';
};

const topicOfCriterion: Record<MinimumCriterion, FollowUpTopic> = {
  'identifiable-reporter': 'reporter-identity',
  'identifiable-patient': 'patient-identity',
  'suspect-product': 'suspect-product',
  'suspected-reaction': 'reaction',
};

type Need = { topic: FollowUpTopic; priority: FollowUpPriority; dueDate?: IsoDate };

function pregnancyNeeds(report: Extract<NewSafetyReport, { kind: 'adverse-event' }>): Need[] {
  const pregnancy = report.personal.patient.pregnancy;
  const isExposed =
    pregnancy.status === 'pregnant' || report.specialSituations.includes('pregnancy');
  if (!isExposed) return [];
  const deliveryDate =
    pregnancy.expectedDeliveryDate ??
    // Naegele's rule: delivery about 280 days after the first day of the last period.
    (pregnancy.lastMenstrualPeriod === null
      ? null
      : addCalendarDays(earliestDayOf(pregnancy.lastMenstrualPeriod), 280));
  if (deliveryDate === null) return [{ topic: 'pregnancy-dates', priority: 'exchange' }];
  return [
    {
      topic: 'pregnancy-outcome',
      priority: 'reminder',
      dueDate: addCalendarDays(deliveryDate, followUpPolicy.daysAfterDelivery),
    },
  ];
}

function adverseEventNeeds(report: Extract<NewSafetyReport, { kind: 'adverse-event' }>): Need[] {
  const completeness = checkMinimumCriteria(report);
  const needs: Need[] = completeness.missing
    // A special situation without a reaction is a complete special-situation report.
    .filter(
      (criterion) => !(criterion === 'suspected-reaction' && completeness.isSpecialSituationOnly),
    )
    .map((criterion) => ({ topic: topicOfCriterion[criterion], priority: 'minimum-criterion' }));
  if (report.reporter.qualification === null)
    needs.push({ topic: 'reporter-qualification', priority: 'exchange' });
  if (report.reporter.country === null)
    needs.push({ topic: 'reporter-country', priority: 'exchange' });
  if (report.events.some((event) => event.onset === null))
    needs.push({ topic: 'event-onset', priority: 'exchange' });
  if (report.events.some((event) => event.outcome === null || event.outcome === 'unknown')) {
    needs.push({ topic: 'event-outcome', priority: 'exchange' });
  }
  // Batch numbers of our own suspect products let QA and PV trace a lot (GVP Module P.II).
  const isLotMissing = report.products.some(
    (product) =>
      product.role !== 'concomitant' && product.productId !== null && product.lotNumber === null,
  );
  if (isLotMissing) needs.push({ topic: 'lot-number', priority: 'exchange' });
  return [...needs, ...pregnancyNeeds(report)];
}

function complaintNeeds(report: Extract<NewSafetyReport, { kind: 'product-complaint' }>): Need[] {
  const needs: Need[] = [];
  // 21 CFR 211.198(b) asks for the lot; QA's investigation needs the sample.
  if (report.complaint.lotNumber === null)
    needs.push({ topic: 'lot-number', priority: 'minimum-criterion' });
  if (report.complaint.sampleAvailability === 'unknown')
    needs.push({ topic: 'sample', priority: 'exchange' });
  return needs;
}

function stateOf(attempts: readonly FollowUpAttempt[]): FollowUpTask['state'] {
  if (attempts.some((attempt) => attempt.outcome === 'information-obtained')) return 'obtained';
  if (attempts.some((attempt) => attempt.outcome === 'declined')) return 'declined';
  return attempts.length >= followUpPolicy.maximumAttempts ? 'exhausted' : 'open';
}

/**
 * The follow-up tasks of a report: one per piece of missing information, with the attempts made
 * for it (oldest first), its state and when the next attempt is due. Information that is no
 * longer missing produces no task.
 */
export function followUpTasks(
  report: NewSafetyReport,
  attempts: readonly FollowUpAttempt[],
  calendar: BusinessCalendar,
): FollowUpTask[] {
  const dayZero = localDateOf(report.awarenessAt);
  const holidays = calendar.holidaysAround(dayZero, addCalendarDays(dayZero, 120));
  const needs =
    report.kind === 'adverse-event' ? adverseEventNeeds(report) : complaintNeeds(report);
  const sorted = [...attempts].sort((first, second) =>
    compareTimestamps(first.occurredAt, second.occurredAt),
  );
  return needs.map((need) => {
    const own = sorted.filter((attempt) => attempt.topics.includes(need.topic));
    const businessDays =
      need.priority === 'minimum-criterion'
        ? followUpPolicy.minimumCriterionBusinessDays
        : followUpPolicy.otherBusinessDays;
    const firstDueDate = need.dueDate ?? addBusinessDays(dayZero, businessDays, holidays);
    const state = stateOf(own);
    const last = own.at(-1);
    const nextAttemptDue =
      state !== 'open'
        ? null
        : last === undefined
          ? firstDueDate
          : addBusinessDays(
              localDateOf(last.occurredAt),
              followUpPolicy.businessDaysBetweenAttempts,
              calendar.holidaysAround(localDateOf(last.occurredAt)),
            );
    return {
      topic: need.topic,
      priority: need.priority,
      firstDueDate,
      nextAttemptDue,
      attempts: own,
      state,
    };
  });
}
