import type { z } from 'zod';
import { isCertainlyAfter } from '../domain/partial-date';
import { localDateOf, timestampToUtc } from '../domain/time';
import type { NewSafetyReport } from './safety-report';
import type { AgeUnit } from './safety-parts';

/**
 * Rules across fields of a safety report. Each refusal names the field it belongs to (the issue
 * path) and an i18n key, so the form can put the message under that field. Partial dates are
 * refused only when they are certainly impossible (see isCertainlyAfter).
 */

type Context = z.RefinementCtx;

const yearsPerUnit: Record<AgeUnit, number> = {
  years: 1,
  months: 1 / 12,
  weeks: 7 / 365.25,
  days: 1 / 365.25,
  hours: 1 / (365.25 * 24),
};

/** The oldest documented human lived 122 years; 150 leaves room for typos to be caught. */
const maximumAgeYears = 150;

function isLater(first: string, second: string): boolean {
  return timestampToUtc(first) > timestampToUtc(second);
}

function checkDayZero(report: NewSafetyReport, context: Context): void {
  if (report.sourceReceivedAt !== null && isLater(report.awarenessAt, report.sourceReceivedAt)) {
    // Day 0 may only move earlier than the contact's receipt (PRODUCT.md, GVP VI.B.7).
    context.addIssue({
      code: 'custom',
      path: ['awarenessAt'],
      message: 'safetyReports.errors.awarenessAfterReceipt',
    });
  }
  if (isLater(report.awarenessAt, report.firstSavedAt)) {
    context.addIssue({
      code: 'custom',
      path: ['awarenessAt'],
      message: 'safetyReports.errors.awarenessAfterSave',
    });
  }
  report.awarenessChanges.forEach((change, index) => {
    if (!isLater(change.from, change.to)) {
      context.addIssue({
        code: 'custom',
        path: ['awarenessChanges', index, 'to'],
        message: 'safetyReports.errors.awarenessLater',
      });
    }
  });
  // Day 0 differs from its default only through a recorded change (with its reason).
  const lastChange = report.awarenessChanges.at(-1);
  const expected = lastChange?.to ?? report.sourceReceivedAt;
  if (expected !== null && timestampToUtc(expected) !== timestampToUtc(report.awarenessAt)) {
    context.addIssue({
      code: 'custom',
      path: ['awarenessAt'],
      message: 'safetyReports.errors.awarenessUnrecorded',
    });
  }
}

function checkLifeCycle(report: NewSafetyReport, context: Context): void {
  if ((report.status === 'forwarded') !== (report.forwarding !== null)) {
    context.addIssue({
      code: 'custom',
      path: ['forwarding'],
      message: 'safetyReports.errors.forwardingStatus',
    });
  }
  if (report.forwarding && isLater(report.awarenessAt, report.forwarding.at)) {
    context.addIssue({
      code: 'custom',
      path: ['forwarding', 'at'],
      message: 'safetyReports.errors.forwardedBeforeAwareness',
    });
  }
  if ((report.followUpOf === null) !== (report.followUpNumber === 0)) {
    context.addIssue({
      code: 'custom',
      path: ['followUpNumber'],
      message: 'safetyReports.errors.followUpNumber',
    });
  }
}

function checkUnique(values: readonly string[], path: string, context: Context): void {
  if (new Set(values).size !== values.length) {
    context.addIssue({ code: 'custom', path: [path], message: 'safetyReports.errors.duplicate' });
  }
}

type AdverseEventContent = Extract<NewSafetyReport, { kind: 'adverse-event' }>;

function checkEventDates(report: AdverseEventContent, reportDate: string, context: Context): void {
  report.events.forEach((event, index) => {
    if (event.onset !== null && isCertainlyAfter(event.onset, reportDate)) {
      context.addIssue({
        code: 'custom',
        path: ['events', index, 'onset'],
        message: 'safetyReports.errors.onsetAfterReport',
      });
    }
    if (event.onset !== null && event.end !== null && isCertainlyAfter(event.onset, event.end)) {
      context.addIssue({
        code: 'custom',
        path: ['events', index, 'end'],
        message: 'safetyReports.errors.endBeforeOnset',
      });
    }
  });
  report.products.forEach((product, index) => {
    if (product.startDate !== null && isCertainlyAfter(product.startDate, reportDate)) {
      context.addIssue({
        code: 'custom',
        path: ['products', index, 'startDate'],
        message: 'safetyReports.errors.startAfterReport',
      });
    }
    if (
      product.startDate !== null &&
      product.stopDate !== null &&
      isCertainlyAfter(product.startDate, product.stopDate)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['products', index, 'stopDate'],
        message: 'safetyReports.errors.stopBeforeStart',
      });
    }
  });
}

function checkPatient(report: AdverseEventContent, reportDate: string, context: Context): void {
  const patient = report.personal.patient;
  const path = ['personal', 'patient'];
  const birth = patient.dateOfBirth;
  if (birth !== null && isCertainlyAfter(birth, reportDate)) {
    context.addIssue({
      code: 'custom',
      path: [...path, 'dateOfBirth'],
      message: 'safetyReports.errors.birthAfterReport',
    });
  }
  const isBornAfterOnset = report.events.some(
    (event) => birth !== null && event.onset !== null && isCertainlyAfter(birth, event.onset),
  );
  // A reaction in the foetus is reported on the child; its onset can precede birth only then.
  if (isBornAfterOnset && patient.ageGroup !== 'foetus' && patient.ageGroup !== 'neonate') {
    context.addIssue({
      code: 'custom',
      path: [...path, 'dateOfBirth'],
      message: 'safetyReports.errors.birthAfterOnset',
    });
  }
  if (
    patient.age !== null &&
    patient.age.value * yearsPerUnit[patient.age.unit] > maximumAgeYears
  ) {
    context.addIssue({
      code: 'custom',
      path: [...path, 'age', 'value'],
      message: 'safetyReports.errors.ageTooHigh',
    });
  }
  const lastPeriod = patient.pregnancy.lastMenstrualPeriod;
  if (lastPeriod !== null && isCertainlyAfter(lastPeriod, reportDate)) {
    context.addIssue({
      code: 'custom',
      path: [...path, 'pregnancy', 'lastMenstrualPeriod'],
      message: 'safetyReports.errors.periodAfterReport',
    });
  }
}

function checkComplaint(
  report: Extract<NewSafetyReport, { kind: 'product-complaint' }>,
  context: Context,
): void {
  const reply = report.complaint.reply;
  if ((reply.status === 'sent') !== (reply.sentAt !== null)) {
    context.addIssue({
      code: 'custom',
      path: ['complaint', 'reply', 'sentAt'],
      message: 'safetyReports.errors.replySentAt',
    });
  }
}

/** Every cross-field rule of a safety report (used by both the new and the stored schema). */
export function checkSafetyReportRules(report: NewSafetyReport, context: Context): void {
  checkDayZero(report, context);
  checkLifeCycle(report, context);
  checkUnique(report.linkedReportIds, 'linkedReportIds', context);
  if (report.kind === 'product-complaint') {
    checkComplaint(report, context);
    return;
  }
  const reportDate = localDateOf(report.awarenessAt);
  checkEventDates(report, reportDate, context);
  checkPatient(report, reportDate, context);
  checkUnique(
    report.events.map((event) => event.id),
    'events',
    context,
  );
  checkUnique(
    report.products.map((product) => product.id),
    'products',
    context,
  );
  checkUnique(report.specialSituations, 'specialSituations', context);
}
