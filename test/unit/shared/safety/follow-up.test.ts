import { describe, expect, it } from 'vitest';
import { followUpTasks } from '../../../../src/shared/safety/follow-up';
import { reportLifecycle } from '../../../../src/shared/safety/lifecycle';
import type { FollowUpAttempt, SafetyAction } from '../../../../src/shared/schemas';
import { testIds } from '../fixtures';
import {
  asStored,
  germanCalendar,
  incompleteAdverseEvent,
  linkedComplaint,
  pregnancyCase,
  savedAt,
  seriousAdverseEvent,
} from './report-fixtures';

const record = {
  createdAt: savedAt,
  updatedAt: savedAt,
  createdBy: testIds.user,
  updatedBy: testIds.user,
  serverRevision: null,
  deleted: false,
};

function attempt(
  occurredAt: string,
  outcome: FollowUpAttempt['outcome'],
  id = `01940000-0000-7000-8000-00000000f${occurredAt.slice(8, 10)}${occurredAt.slice(11, 13)}`,
): FollowUpAttempt {
  return {
    ...record,
    id,
    reportId: '01940000-0000-7000-8000-000000000a01',
    occurredAt,
    kind: 'follow-up-attempt',
    topics: ['patient-identity'],
    channel: 'phone',
    outcome,
    personal: { note: '' },
  };
}

describe('follow-up tasks from missing information', () => {
  it('creates none for a complete report', () => {
    expect(followUpTasks(seriousAdverseEvent(), [], germanCalendar)).toEqual([]);
  });

  it('chases a missing minimum criterion by the forwarding deadline, other gaps within five business days', () => {
    const report = {
      ...incompleteAdverseEvent(),
      reporter: { qualification: 'physician' as const, country: null },
    };
    const tasks = followUpTasks(report, [], germanCalendar);
    expect(tasks.map((task) => [task.topic, task.priority, task.firstDueDate, task.state])).toEqual(
      [
        ['patient-identity', 'minimum-criterion', '2026-03-04', 'open'],
        ['reporter-country', 'exchange', '2026-03-10', 'open'],
      ],
    );
  });

  it('logs attempts, schedules the next one five business days later, and stops after three', () => {
    const report = incompleteAdverseEvent();
    const first = attempt('2026-03-04T10:00:00.000+01:00', 'no-response');
    const [afterOne] = followUpTasks(report, [first], germanCalendar);
    expect(afterOne).toMatchObject({
      topic: 'patient-identity',
      state: 'open',
      nextAttemptDue: '2026-03-11',
      attempts: [first],
    });
    const three = [
      first,
      attempt('2026-03-11T10:00:00.000+01:00', 'no-response'),
      attempt('2026-03-18T10:00:00.000+01:00', 'partially-obtained'),
    ];
    expect(followUpTasks(report, three, germanCalendar)[0]).toMatchObject({
      state: 'exhausted',
      nextAttemptDue: null,
    });
    const declined = [attempt('2026-03-04T10:00:00.000+01:00', 'declined')];
    expect(followUpTasks(report, declined, germanCalendar)[0]?.state).toBe('declined');
  });

  it('reminds to ask for the pregnancy outcome 30 days after the expected delivery', () => {
    const tasks = followUpTasks(pregnancyCase(), [], germanCalendar);
    expect(tasks).toEqual([
      expect.objectContaining({
        topic: 'pregnancy-outcome',
        priority: 'reminder',
        firstDueDate: '2026-10-26',
      }),
    ]);
    const report = pregnancyCase();
    const noDates = {
      ...report,
      personal: {
        ...report.personal,
        patient: {
          ...report.personal.patient,
          pregnancy: {
            ...report.personal.patient.pregnancy,
            expectedDeliveryDate: null,
            lastMenstrualPeriod: null,
          },
        },
      },
    };
    expect(followUpTasks(noDates, [], germanCalendar).map((task) => task.topic)).toEqual([
      'pregnancy-dates',
    ]);
  });

  it('asks a complainant for the lot number and the sample (21 CFR 211.198)', () => {
    const complaint = linkedComplaint();
    const vague = {
      ...complaint,
      complaint: {
        ...complaint.complaint,
        lotNumber: null,
        sampleAvailability: 'unknown' as const,
      },
    };
    expect(followUpTasks(vague, [], germanCalendar).map((task) => task.topic)).toEqual([
      'lot-number',
      'sample',
    ]);
  });
});

describe('the report life cycle', () => {
  const report = asStored(seriousAdverseEvent());
  const forwarded = {
    ...report,
    forwarding: {
      channel: 'email' as const,
      at: '2026-03-03T12:00:00.000+01:00',
      reference: 'msg-42',
      recordedBy: testIds.user,
      recordedAt: '2026-03-03T12:01:00.000+01:00',
    },
  };
  const acknowledged: SafetyAction = {
    ...record,
    id: '01940000-0000-7000-8000-000000000e01',
    reportId: report.id,
    occurredAt: '2026-03-04T09:00:00.000+01:00',
    kind: 'acknowledged',
    pvCaseId: 'DE-PV-2026-0042',
  };
  const reconciled: SafetyAction = {
    ...record,
    id: '01940000-0000-7000-8000-000000000e02',
    reportId: report.id,
    occurredAt: '2026-03-31T09:00:00.000+01:00',
    kind: 'reconciled',
  };

  it('goes flagged → forwarded → acknowledged (PV case id) → reconciled', () => {
    expect(reportLifecycle(report, []).status).toBe('flagged');
    expect(reportLifecycle(forwarded, []).status).toBe('forwarded');
    expect(reportLifecycle(forwarded, [acknowledged])).toMatchObject({
      status: 'acknowledged',
      pvCaseId: 'DE-PV-2026-0042',
    });
    expect(reportLifecycle(forwarded, [reconciled, acknowledged])).toMatchObject({
      status: 'reconciled',
      reconciledAt: reconciled.occurredAt,
    });
  });

  it('ignores an acknowledgement of a report that was never forwarded', () => {
    expect(reportLifecycle(report, [acknowledged]).status).toBe('flagged');
  });
});
