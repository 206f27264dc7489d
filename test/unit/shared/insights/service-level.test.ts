import { describe, expect, it } from 'vitest';
import { holidaysOf } from '../../../../src/shared/domain/business-calendar';
import {
  BusinessDayCounter,
  computeServiceLevel,
  percentileOf,
  viewOf,
  noFilters,
} from '../../../../src/shared/insights';
import { answered, easter2026, inquiry } from './fixtures';

describe('business days over holidays', () => {
  it('counts the German Easter holidays of 2026 as closed days', () => {
    const holidays = holidaysOf('DE', 2026);
    expect(holidays.has('2026-04-03')).toBe(true); // Good Friday
    expect(holidays.has('2026-04-06')).toBe(true); // Easter Monday
    expect(holidays.has('2026-04-05')).toBe(false); // Easter Sunday is an observance, a Sunday anyway
    expect(holidays.has('2026-02-16')).toBe(false); // Rosenmontag: an observance, not a holiday
  });

  it('refuses a country it has no calendar for instead of dropping its holidays', () => {
    expect(() => holidaysOf('XX', 2026)).toThrow(/No holiday calendar is known for the country XX/);
  });

  it('counts business days after receipt up to the answer, skipping weekends and holidays', () => {
    const withEaster = new BusinessDayCounter(easter2026);
    const plain = new BusinessDayCounter([]);
    // Thursday before Good Friday → Tuesday after Easter Monday: only Tuesday counts.
    expect(withEaster.between('2026-04-02', '2026-04-07')).toBe(1);
    expect(plain.between('2026-04-02', '2026-04-07')).toBe(3);
    expect(plain.between('2026-03-27', '2026-03-30')).toBe(1); // Friday → Monday
    expect(plain.between('2026-04-01', '2026-04-01')).toBe(0); // same day
    expect(withEaster.add('2026-04-02', 1)).toBe('2026-04-07');
    expect(withEaster.add('2026-04-04', 1)).toBe('2026-04-07'); // Day 0 on a Saturday
  });
});

describe('percentiles', () => {
  it('interpolates between ranks like a spreadsheet', () => {
    expect(percentileOf([1, 2], 0.5)).toBe(1.5);
    expect(percentileOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentileOf([], 0.5)).toBeNull();
  });
});

describe('turnaround and SLA', () => {
  // Turnarounds with the Easter holidays: 1, 0, 1, 3, 8 business days; two answered late.
  const inquiries = [
    answered('2026-04-02', '2026-04-07', '2026-04-09'),
    answered('2026-04-01', '2026-04-01', '2026-04-01'),
    answered('2026-03-30', '2026-03-31', '2026-04-06'),
    answered('2026-03-27', '2026-04-01', '2026-03-31', 'late-3-days'),
    answered('2026-03-23', '2026-04-02', '2026-03-30', 'late-8-days'),
    inquiry('2026-04-07', { id: 'open-overdue', status: 'in-progress', dueDate: '2026-04-07' }),
    inquiry('2026-04-08', { id: 'open-in-time', status: 'open', dueDate: '2026-04-10' }),
    inquiry('2026-04-08', { id: 'cancelled', status: 'cancelled', dueDate: '2026-04-01' }),
  ];
  const views = inquiries.map((item) => viewOf(item, noFilters));

  it('gives median and 90th percentile in business days of the affiliate calendar', () => {
    const level = computeServiceLevel(views, new BusinessDayCounter(easter2026), '2026-04-08');
    expect(level.answered).toBe(5);
    expect(level.medianBusinessDays).toBe(1); // 0, 1, 1, 3, 8
    expect(level.percentile90BusinessDays).toBe(6); // 3 + 0.6 × (8 − 3)
  });

  it('would report a slower median if the holidays were ignored', () => {
    const level = computeServiceLevel(views, new BusinessDayCounter([]), '2026-04-08');
    expect(level.medianBusinessDays).toBe(3); // 0, 1, 3, 3, 8
  });

  it('shares answered within SLA, and counts open and overdue work', () => {
    const level = computeServiceLevel(views, new BusinessDayCounter(easter2026), '2026-04-08');
    expect(level.withinSla).toBe(3);
    expect(level.withinSlaShare).toBeCloseTo(0.6);
    expect(level.lateIds).toEqual(['late-3-days', 'late-8-days']);
    expect(level.openIds).toEqual(['open-overdue', 'open-in-time']);
    expect(level.overdueIds).toEqual(['open-overdue']);
  });
});
