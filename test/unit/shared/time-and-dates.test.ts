import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  computeDueDate,
  createId,
  documentAvailability,
  idTime,
  inquiryOutboxPriority,
  timestampToUtc,
  toTimestamp,
} from '../../../src/shared/domain';
import { defaultSettings, idSchema, outboxPriorities } from '../../../src/shared/schemas';

describe('timestamps', () => {
  it('writes the device-local time with its offset', () => {
    const instant = new Date('2026-03-02T08:30:00.000Z');
    expect(toTimestamp(instant, 60)).toBe('2026-03-02T09:30:00.000+01:00');
    expect(toTimestamp(instant, -300)).toBe('2026-03-02T03:30:00.000-05:00');
    expect(toTimestamp(instant, 330)).toBe('2026-03-02T14:00:00.000+05:30');
  });

  it('sorts by instant through the UTC form, which text order across offsets does not', () => {
    const berlin = '2026-03-02T09:30:00.000+01:00'; // 08:30 UTC
    const london = '2026-03-02T09:00:00.000+00:00'; // 09:00 UTC, later
    expect(berlin > london).toBe(true);
    expect(timestampToUtc(berlin) < timestampToUtc(london)).toBe(true);
  });
});

describe('due dates', () => {
  const businessDays = defaultSettings.dueDateBusinessDays;

  it('counts business days from the local receipt date, skipping the weekend', () => {
    // Friday 2026-03-06 at 23:30 in Berlin is already Saturday in UTC+5 but Friday locally.
    const receivedAt = '2026-03-06T23:30:00.000+01:00';
    expect(computeDueDate({ receivedAt, urgency: 'urgent', businessDays })).toBe('2026-03-09');
    expect(computeDueDate({ receivedAt, urgency: 'normal', businessDays })).toBe('2026-03-13');
    expect(computeDueDate({ receivedAt, urgency: 'low', businessDays })).toBe('2026-03-20');
  });

  it('skips the affiliate holidays it is given', () => {
    const holidays = new Set(['2026-04-03', '2026-04-06']); // Good Friday, Easter Monday
    expect(addBusinessDays('2026-04-02', 1, holidays)).toBe('2026-04-07');
  });
});

describe('ids', () => {
  it('creates UUID v7 ids that carry their creation time', () => {
    const msecs = Date.parse('2026-03-02T08:30:00.000Z');
    const id = createId({ msecs });
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(idTime(id)).toBe(msecs);
    expect(createId({ msecs: msecs + 1 }) > id).toBe(true);
  });
});

describe('library document availability', () => {
  const approved = {
    status: 'approved' as const, // as: literal for the Pick type
    effectiveDate: '2026-01-01',
    reviewDate: '2027-01-01',
    deleted: false,
  };

  it('lets only approved documents inside their review period be sent', () => {
    expect(documentAvailability(approved, '2026-06-01')).toBe('sendable');
    expect(documentAvailability(approved, '2027-01-02')).toBe('expired');
    expect(documentAvailability(approved, '2025-12-31')).toBe('not-yet-effective');
    expect(documentAvailability({ ...approved, status: 'draft' }, '2026-06-01')).toBe(
      'not-approved',
    );
    expect(documentAvailability({ ...approved, deleted: true }, '2026-06-01')).toBe('deleted');
  });
});

describe('outbox priority', () => {
  it('pushes inquiries that carry safety information first', () => {
    const screen = {
      answeredAt: '2026-03-02T09:30:00.000+01:00',
      hasAdverseEvent: false,
      hasQualityComplaint: false,
      hasSpecialSituation: false,
    };
    expect(inquiryOutboxPriority({ safetyScreen: null })).toBe(outboxPriorities.standard);
    expect(inquiryOutboxPriority({ safetyScreen: screen })).toBe(outboxPriorities.standard);
    expect(inquiryOutboxPriority({ safetyScreen: { ...screen, hasQualityComplaint: true } })).toBe(
      outboxPriorities.safety,
    );
  });
});
