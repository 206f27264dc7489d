import { describe, expect, it } from 'vitest';
import {
  businessDaysBetween,
  createBusinessCalendar,
} from '../../../../src/shared/domain/business-calendar';
import {
  earliestDayOf,
  isCertainlyAfter,
  isPartialDate,
  latestDayOf,
} from '../../../../src/shared/domain/partial-date';
import {
  blankAdverseEventReport,
  moveAwarenessEarlier,
  SafetyRuleError,
  startFollowUp,
} from '../../../../src/shared/safety/day-zero';
import {
  forwardingCountdown,
  forwardingDueAt,
  regulatoryClock,
} from '../../../../src/shared/safety/forwarding';
import {
  canExchangeElectronically,
  checkMinimumCriteria,
} from '../../../../src/shared/safety/minimum-criteria';
import { newSafetyReportSchema } from '../../../../src/shared/schemas';
import { testIds } from '../fixtures';
import {
  asStored,
  germanCalendar,
  incompleteAdverseEvent,
  receivedAt,
  savedAt,
  seriousAdverseEvent,
} from './report-fixtures';

describe('the business calendar', () => {
  it('knows the affiliate’s public holidays, movable feasts included, and not observances', () => {
    const holidays = germanCalendar.holidaysOf(2026);
    expect(holidays).toContain('2026-04-03'); // Good Friday
    expect(holidays).toContain('2026-04-06'); // Easter Monday
    expect(holidays).not.toContain('2026-02-14'); // Valentine's Day is an observance
    expect(createBusinessCalendar('FR').holidaysOf(2026)).toContain('2026-07-14');
  });

  it('falls back to weekends only for a country without holiday data, and says so', () => {
    const calendar = createBusinessCalendar('EU');
    expect(calendar.hasHolidayData).toBe(false);
    expect(calendar.holidaysOf(2026).size).toBe(0);
  });

  it('counts business days between two dates', () => {
    const holidays = germanCalendar.holidaysAround('2026-04-02');
    expect(businessDaysBetween('2026-04-02', '2026-04-02', holidays)).toBe(0);
    expect(businessDaysBetween('2026-04-02', '2026-04-07', holidays)).toBe(1); // Fri + Mon are holidays
  });
});

describe('partial dates', () => {
  it('accepts a year, a month or a day that exists', () => {
    expect(['2026', '2026-02', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2026-13', '2025-02-29', '26-01', '2026-1-5', ''].some(isPartialDate)).toBe(false);
  });

  it('compares by the earliest and latest day a partial date can mean', () => {
    expect([earliestDayOf('2026-02'), latestDayOf('2026-02'), latestDayOf('2026')]).toEqual([
      '2026-02-01',
      '2026-02-28',
      '2026-12-31',
    ]);
    expect(isCertainlyAfter('2026-03', '2026-03-10')).toBe(false);
    expect(isCertainlyAfter('2026-04', '2026-03-31')).toBe(true);
  });
});

describe('the forwarding deadline: end of the next business day after Day 0', () => {
  it('is the next working day for a weekday contact', () => {
    expect(forwardingDueAt('2026-03-03T09:30:00.000+01:00', germanCalendar)).toBe(
      '2026-03-04T23:59:59.999+01:00',
    );
  });

  it('counts weekends and holidays for Day 0 itself: Saturday → Monday, Maundy Thursday → Tuesday', () => {
    expect(forwardingDueAt('2026-03-07T16:00:00.000+01:00', germanCalendar)).toBe(
      '2026-03-09T23:59:59.999+01:00',
    );
    expect(forwardingDueAt('2026-04-02T17:00:00.000+02:00', germanCalendar)).toBe(
      '2026-04-07T23:59:59.999+02:00',
    );
    expect(forwardingDueAt('2026-04-02T17:00:00.000+02:00', createBusinessCalendar('US'))).toBe(
      '2026-04-03T23:59:59.999+02:00',
    );
  });

  it('counts down, warns in the last four hours, raises overdue, and freezes once forwarded', () => {
    const report = { awarenessAt: receivedAt, forwarding: null };
    expect(
      forwardingCountdown(report, new Date('2026-03-04T10:00:00+01:00'), germanCalendar),
    ).toMatchObject({ state: 'pending', remainingMs: (13 * 3600 + 59 * 60 + 59.999) * 1000 });
    expect(
      forwardingCountdown(report, new Date('2026-03-04T21:00:00+01:00'), germanCalendar).state,
    ).toBe('due-soon');
    expect(
      forwardingCountdown(report, new Date('2026-03-05T00:00:00+01:00'), germanCalendar).state,
    ).toBe('overdue');
    const forwarded = {
      awarenessAt: receivedAt,
      forwarding: {
        channel: 'fax' as const,
        at: '2026-03-05T08:00:00.000+01:00',
        reference: 'TX-1',
        recordedBy: testIds.user,
        recordedAt: '2026-03-05T08:01:00.000+01:00',
      },
    };
    expect(
      forwardingCountdown(forwarded, new Date('2026-04-01T00:00:00Z'), germanCalendar),
    ).toMatchObject({ state: 'late', isForwarded: true });
  });

  it('shows the regulatory clock: 15 calendar days when serious, 90 when not (EU)', () => {
    expect(regulatoryClock(receivedAt, true, '2026-03-10')).toEqual({
      kind: 'serious-15-days',
      calendarDays: 15,
      dueDate: '2026-03-18',
      daysRemaining: 8,
    });
    expect(regulatoryClock(receivedAt, false, '2026-03-03').dueDate).toBe('2026-06-01');
  });
});

describe('the four minimum criteria (ICH E2D, GVP VI.B.2)', () => {
  it('finds a complete, coded report valid and exchangeable', () => {
    const completeness = checkMinimumCriteria(seriousAdverseEvent());
    expect(completeness).toMatchObject({ isValid: true, missing: [], exchangeGaps: [] });
    expect(canExchangeElectronically(completeness)).toBe(true);
  });

  it('names what is missing, and uncoded reactions as an exchange gap', () => {
    const completeness = checkMinimumCriteria(incompleteAdverseEvent());
    expect(completeness.missing).toEqual(['identifiable-patient']);
    expect(completeness.exchangeGaps).toEqual(['reaction-coding']);
    expect(canExchangeElectronically(completeness)).toBe(false);
  });

  it('accepts any one identifier: the sex alone identifies the patient, initials the reporter', () => {
    const blank = blankAdverseEventReport({
      inquiryId: null,
      receivedAt,
      affiliateCountry: 'DE',
      now: savedAt,
    });
    expect(checkMinimumCriteria(blank).missing).toEqual([
      'identifiable-reporter',
      'identifiable-patient',
      'suspect-product',
      'suspected-reaction',
    ]);
    const some = {
      ...blank,
      personal: {
        ...blank.personal,
        reporter: { ...blank.personal.reporter, initials: 'EM' },
        patient: { ...blank.personal.patient, sex: 'female' as const },
      },
    };
    expect(checkMinimumCriteria(some).missing).toEqual(['suspect-product', 'suspected-reaction']);
  });

  it('marks a pregnancy exposure without a reaction as a special-situation report', () => {
    const report = {
      ...seriousAdverseEvent(),
      events: [],
      specialSituations: ['pregnancy' as const],
    };
    expect(checkMinimumCriteria(report)).toMatchObject({
      isValid: false,
      missing: ['suspected-reaction'],
      isSpecialSituationOnly: true,
    });
  });
});

describe('Day 0 and immutability', () => {
  const stored = asStored(seriousAdverseEvent());
  const change = {
    reason: 'The rep heard of it at the booth the evening before',
    by: testIds.user,
    at: '2026-03-03T10:00:00.000+01:00',
  };

  it('moves Day 0 earlier with its reason, and the result is a valid report', () => {
    const moved = moveAwarenessEarlier(stored, { ...change, to: '2026-03-02T18:00:00.000+01:00' });
    expect(moved.awarenessAt).toBe('2026-03-02T18:00:00.000+01:00');
    expect(moved.awarenessChanges).toEqual([
      {
        from: receivedAt,
        to: '2026-03-02T18:00:00.000+01:00',
        reason: change.reason,
        changedAt: change.at,
        changedBy: testIds.user,
      },
    ]);
    expect(newSafetyReportSchema.safeParse(moved).success).toBe(true);
  });

  it('refuses a later Day 0, a missing reason and any change once forwarded', () => {
    const attempt = (report: typeof stored, to: string, reason = change.reason): string => {
      try {
        moveAwarenessEarlier(report, { ...change, to, reason });
        return 'accepted';
      } catch (error) {
        return error instanceof SafetyRuleError ? error.code : 'other';
      }
    };
    expect(attempt(stored, '2026-03-03T12:00:00.000+01:00')).toBe('awareness-not-earlier');
    expect(attempt(stored, '2026-03-02T12:00:00.000+01:00', ' ok ')).toBe('reason-required');
    const forwarded = {
      ...stored,
      status: 'forwarded' as const,
      forwarding: {
        channel: 'server' as const,
        at: '2026-03-03T11:00:00.000+01:00',
        reference: null,
        recordedBy: testIds.user,
        recordedAt: '2026-03-03T11:00:00.000+01:00',
      },
    };
    expect(attempt(forwarded, '2026-03-02T12:00:00.000+01:00')).toBe('report-forwarded');
  });

  it('starts a follow-up with its own Day 0, linked to the initial report', () => {
    const followUp = startFollowUp(stored, {
      receivedAt: '2026-03-20T14:00:00.000+01:00',
      inquiryId: null,
      now: '2026-03-20T14:05:00.000+01:00',
    });
    expect(followUp).toMatchObject({
      followUpOf: stored.id,
      followUpNumber: 1,
      awarenessAt: '2026-03-20T14:00:00.000+01:00',
      status: 'flagged',
      forwarding: null,
    });
    expect(newSafetyReportSchema.safeParse(followUp).success).toBe(true);
  });
});
