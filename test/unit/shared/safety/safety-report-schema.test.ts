import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { newSafetyReportSchema, safetyReportSchema } from '../../../../src/shared/schemas';
import { withWithheldReporterContact } from '../../../../src/shared/safety/day-zero';
import type { NewAdverseEventReport } from '../../../../src/shared/schemas';
import {
  asStored,
  codedEvent,
  linkedComplaint,
  pregnancyCase,
  seriousAdverseEvent,
  suspectProduct,
} from './report-fixtures';

function issuesOf(report: unknown): { path: string; message: string }[] {
  const result = newSafetyReportSchema.safeParse(report);
  if (result.success) return [];
  return result.error.issues.map((issue: z.core.$ZodIssue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
}

function withPatient(
  patch: Partial<NewAdverseEventReport['personal']['patient']>,
): NewAdverseEventReport {
  const report = seriousAdverseEvent();
  return {
    ...report,
    personal: { ...report.personal, patient: { ...report.personal.patient, ...patch } },
  };
}

describe('the safety report schema', () => {
  it('accepts realistic reports: serious AE, pregnancy, complaint, and a stored record', () => {
    expect(issuesOf(seriousAdverseEvent())).toEqual([]);
    expect(issuesOf(pregnancyCase())).toEqual([]);
    expect(issuesOf(linkedComplaint())).toEqual([]);
    expect(safetyReportSchema.safeParse(asStored(seriousAdverseEvent())).success).toBe(true);
  });

  it('refuses a reaction that starts after the report, under that reaction', () => {
    const report = seriousAdverseEvent({ events: [codedEvent({ onset: '2026-03-04' })] });
    expect(issuesOf(report)).toEqual([
      { path: 'events.0.onset', message: 'safetyReports.errors.onsetAfterReport' },
    ]);
  });

  it('accepts a partial onset that may lie before the report ("March 2026")', () => {
    expect(issuesOf(seriousAdverseEvent({ events: [codedEvent({ onset: '2026-03' })] }))).toEqual(
      [],
    );
    expect(
      issuesOf(seriousAdverseEvent({ events: [codedEvent({ onset: '2026-04' })] })),
    ).toHaveLength(1);
  });

  it('refuses a birth after the onset of the reaction and after the report', () => {
    expect(issuesOf(withPatient({ dateOfBirth: '2026-02-28' }))).toEqual([
      { path: 'personal.patient.dateOfBirth', message: 'safetyReports.errors.birthAfterOnset' },
    ]);
    expect(
      issuesOf(withPatient({ dateOfBirth: '2026-03-10' })).map((issue) => issue.message),
    ).toContain('safetyReports.errors.birthAfterReport');
  });

  it('refuses negative and impossible ages and absurd weights with field messages', () => {
    expect(issuesOf(withPatient({ age: { value: -3, unit: 'years' } }))).toEqual([
      { path: 'personal.patient.age.value', message: 'safetyReports.errors.negativeAge' },
    ]);
    expect(issuesOf(withPatient({ age: { value: 2000, unit: 'months' } }))).toEqual([
      { path: 'personal.patient.age.value', message: 'safetyReports.errors.ageTooHigh' },
    ]);
    expect(issuesOf(withPatient({ age: { value: 30, unit: 'days' } }))).toEqual([]);
    expect(issuesOf(withPatient({ weightKg: 820 }))).toEqual([
      { path: 'personal.patient.weightKg', message: 'safetyReports.errors.weight' },
    ]);
    expect(issuesOf(withPatient({ weightKg: 0 }))[0]?.path).toBe('personal.patient.weightKg');
  });

  it('refuses dates that do not exist and a drug stopped before it started', () => {
    expect(issuesOf(withPatient({ dateOfBirth: '1958-02-30' }))).toEqual([
      { path: 'personal.patient.dateOfBirth', message: 'safetyReports.errors.partialDate' },
    ]);
    const report = seriousAdverseEvent({
      products: [suspectProduct({ startDate: '2026-02-10', stopDate: '2026-01' })],
    });
    expect(issuesOf(report)).toEqual([
      { path: 'products.0.stopDate', message: 'safetyReports.errors.stopBeforeStart' },
    ]);
  });

  it('keeps Day 0 at or before the contact’s receipt, and records every move', () => {
    const later = seriousAdverseEvent({ awarenessAt: '2026-03-03T10:00:00.000+01:00' });
    expect(issuesOf(later).map((issue) => issue.message)).toContain(
      'safetyReports.errors.awarenessAfterReceipt',
    );
    const unrecorded = seriousAdverseEvent({ awarenessAt: '2026-03-02T18:00:00.000+01:00' });
    expect(issuesOf(unrecorded)).toEqual([
      { path: 'awarenessAt', message: 'safetyReports.errors.awarenessUnrecorded' },
    ]);
  });

  it('needs a reference for a manual forwarding and a forwarding for the forwarded status', () => {
    const manual = {
      channel: 'fax' as const,
      at: '2026-03-03T11:00:00.000+01:00',
      reference: null,
      recordedBy: seriousAdverseEvent().inquiryId ?? '',
      recordedAt: '2026-03-03T11:01:00.000+01:00',
    };
    expect(
      issuesOf(seriousAdverseEvent({ status: 'forwarded', forwarding: manual })).map(
        (issue) => issue.path,
      ),
    ).toContain('forwarding.reference');
    expect(issuesOf(seriousAdverseEvent({ status: 'forwarded' }))).toEqual([
      { path: 'forwarding', message: 'safetyReports.errors.forwardingStatus' },
    ]);
  });

  it('turns blank optional text into null, so an erased field counts as empty', () => {
    const report = seriousAdverseEvent();
    const parsed = newSafetyReportSchema.parse({
      ...report,
      personal: { ...report.personal, reporter: { ...report.personal.reporter, initials: '   ' } },
    });
    expect(parsed.kind === 'adverse-event' && parsed.personal.reporter.initials).toBeNull();
  });

  it('records a complaint reply time only for a sent reply (21 CFR 211.198)', () => {
    const complaint = linkedComplaint();
    const sent = {
      ...complaint,
      complaint: {
        ...complaint.complaint,
        reply: { status: 'sent' as const, sentAt: null, method: 'email' as const },
      },
    };
    expect(issuesOf(sent)).toEqual([
      { path: 'complaint.reply.sentAt', message: 'safetyReports.errors.replySentAt' },
    ]);
  });
});

describe('a report as a PV device receives it without the reporter’s contact', () => {
  it('reads as a complete report whose contact is empty, and leaves a full report unchanged', () => {
    const full = asStored(seriousAdverseEvent());
    const { reporterContact: _withheld, ...personal } = full.personal;
    const received = withWithheldReporterContact({ ...full, personal });
    const parsed = safetyReportSchema.parse(received);
    expect(parsed.personal.reporterContact).toEqual({
      street: null,
      city: null,
      state: null,
      postcode: null,
      phone: null,
      email: null,
    });
    expect(parsed.kind === 'adverse-event' && parsed.personal.narrative).toBe(
      full.personal.narrative,
    );
    expect(withWithheldReporterContact(full)).toBe(full);
  });
});
