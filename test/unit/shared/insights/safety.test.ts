import { describe, expect, it } from 'vitest';
import { BusinessDayCounter, computeSafety } from '../../../../src/shared/insights';
import { easter2026, safetyReport } from './fixtures';

const reports = [
  // Day 0 Thursday before Easter, forwarded Tuesday after: in time (Friday and Monday are holidays).
  safetyReport('in-time', {
    awarenessAt: '2026-04-02T10:00:00.000+02:00',
    forwardedAt: '2026-04-07T16:00:00.000+02:00',
    acknowledgedAt: '2026-04-08T09:00:00.000+02:00',
  }),
  // Day 0 on a Saturday (weekends count for awareness), never forwarded: due Tuesday, overdue.
  safetyReport('overdue', { awarenessAt: '2026-04-04T11:00:00.000+02:00' }),
  // Day 0 Tuesday, forwarded Thursday: one day late.
  safetyReport('late', {
    awarenessAt: '2026-04-07T09:00:00.000+02:00',
    forwardedAt: '2026-04-09T09:00:00.000+02:00',
  }),
  // Day 0 today: not yet due.
  safetyReport('not-due', { awarenessAt: '2026-04-08T09:00:00.000+02:00' }),
  safetyReport('deleted', { awarenessAt: '2026-04-08T09:00:00.000+02:00', deleted: true }),
];

describe('safety report reconciliation', () => {
  it('counts captured, forwarded within one business day, acknowledged and overdue', () => {
    const figures = computeSafety(
      reports,
      () => true,
      new BusinessDayCounter(easter2026),
      '2026-04-08',
    );
    expect(figures.captured).toBe(4);
    expect(figures.forwarded).toBe(2);
    expect(figures.forwardedInTime).toBe(1);
    expect(figures.forwardedLateIds).toEqual(['late']);
    expect(figures.acknowledged).toBe(1);
    expect(figures.overdueIds).toEqual(['overdue']);
    // Due: 2 forwarded + 1 overdue; the report of today is not due yet.
    expect(figures.forwardedInTimeShare).toBeCloseTo(1 / 3);
  });

  it('would call the Easter report late in a calendar without the holidays', () => {
    const figures = computeSafety(reports, () => true, new BusinessDayCounter([]), '2026-04-08');
    expect(figures.forwardedInTime).toBe(0);
    expect(figures.forwardedLateIds).toEqual(['in-time', 'late']);
  });
});
