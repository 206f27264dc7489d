import { describe, expect, it } from 'vitest';
import { dueDateInCountry, publicHolidays } from '../../../../src/shared/domain';
import { defaultSettings } from '../../../../src/shared/schemas';
import type { Country, Urgency } from '../../../../src/shared/schemas';

/** Due date of an inquiry received at 10:00 Berlin time on `date`. */
function due(country: Country, date: string, urgency: Urgency): string {
  return dueDateInCountry({
    receivedAt: `${date}T10:00:00.000+01:00`,
    urgency,
    businessDays: defaultSettings.dueDateBusinessDays,
    country,
  });
}

// Every expected date below was counted by hand on a 2026 calendar.
describe('due dates on the requester country’s business-day calendar', () => {
  it('skips a weekend: Friday + 1 business day is Monday', () => {
    expect(due('DE', '2026-03-06', 'urgent')).toBe('2026-03-09');
    expect(due('DE', '2026-03-06', 'normal')).toBe('2026-03-13');
  });

  it('skips Good Friday and Easter Monday in Germany', () => {
    // Received Thursday 2 April: Fri 3 (Karfreitag), Sat, Sun, Mon 6 (Ostermontag) are off.
    expect(due('DE', '2026-04-02', 'urgent')).toBe('2026-04-07');
    // Received on Good Friday itself: Tue 7 … Mon 13 are the five business days.
    expect(due('DE', '2026-04-03', 'normal')).toBe('2026-04-13');
  });

  it('uses the US calendar, with substitute days and Thanksgiving', () => {
    // Independence Day 2026 is a Saturday, observed on Friday 3 July.
    expect(due('US', '2026-07-02', 'urgent')).toBe('2026-07-06');
    expect(due('US', '2026-07-02', 'high')).toBe('2026-07-07');
    // Thanksgiving (Thu 26 Nov) is off; the day after is an observance, a working day.
    expect(due('US', '2026-11-25', 'high')).toBe('2026-11-30');
  });

  it('uses the French calendar: 8 May and Ascension', () => {
    expect(due('FR', '2026-05-07', 'urgent')).toBe('2026-05-11');
    // Wed 13 May: Thu 14 (Ascension) off, then Fri 15, Mon 18, Tue 19, Wed 20, Thu 21.
    expect(due('FR', '2026-05-13', 'normal')).toBe('2026-05-21');
  });

  it('differs by country for the same receipt', () => {
    // Friday 1 May is off in both; Monday 4 May is a bank holiday in the UK only.
    expect(due('DE', '2026-05-01', 'urgent')).toBe('2026-05-04');
    expect(due('GB', '2026-05-01', 'urgent')).toBe('2026-05-05');
    // Wednesday 8 July + 5: Thu 9, Fri 10, Mon 13, Tue 14, Wed 15 — but 14 July is off in France.
    expect(due('DE', '2026-07-08', 'normal')).toBe('2026-07-15');
    expect(due('FR', '2026-07-08', 'normal')).toBe('2026-07-16');
  });

  it('crosses into the next year with its holidays, and counts bank days as working days', () => {
    // Wed 23 Dec, 10 days: 24 (1), 28–31 (2–5), 1 Jan off, 4–8 Jan (6–10).
    expect(due('DE', '2026-12-23', 'low')).toBe('2027-01-08');
  });

  it('lists public holidays only, and none for a code without a calendar', () => {
    const german = publicHolidays('DE', 2026);
    expect(german.has('2026-10-03')).toBe(true);
    expect(german.has('2026-12-24')).toBe(false); // a bank day
    expect(german.has('2026-01-06')).toBe(false); // Epiphany is regional in Germany
    expect(publicHolidays('EU', 2026).size).toBe(0);
    expect(due('EU', '2026-04-02', 'urgent')).toBe('2026-04-03');
  });
});
