import { describe, expect, it } from 'vitest';
import {
  createInquiries,
  createInquiry,
  findInquiryByReference,
} from '../../../src/renderer/src/data';
import { readMeta } from '../../../src/renderer/src/data/meta';
import { parseReference } from '../../../src/shared/domain';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

describe('inquiry references', () => {
  it('are unique and consecutive under concurrent creation, with this device’s code', async () => {
    const db = await openTestStore();
    const device = await readMeta(db, 'device');
    const inquiries = await Promise.all(
      Array.from({ length: 30 }, () => createInquiry(db, sampleInquiry(), actorAt())),
    );
    const parts = inquiries.map((inquiry) => parseReference(inquiry.reference));
    expect(parts.every((part) => part?.deviceCode === device?.deviceCode)).toBe(true);
    expect(parts.every((part) => part?.year === 2026 && part.prefix === 'MI')).toBe(true);
    const counters = parts.map((part) => part?.counter).sort((left = 0, right = 0) => left - right);
    expect(counters).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
  });

  it('restart at 1 in a new year (the actor’s local year, not UTC’s)', async () => {
    const db = await openTestStore();
    await createInquiry(db, sampleInquiry(), actorAt('2026-12-31T20:00:00.000+01:00'));
    // 00:30 on 1 January in Berlin is still 2026 in UTC: the local year decides.
    const newYear = await createInquiry(db, sampleInquiry(), actorAt('2027-01-01T00:30:00+01:00'));
    expect(newYear.reference).toMatch(/^MI-2027-[A-Z2-9]{3}-000001$/);
  });

  it('are not consumed by a batch that fails', async () => {
    const db = await openTestStore();
    const invalid = sampleInquiry({ receivedAt: 'yesterday' });
    await expect(createInquiries(db, [sampleInquiry(), invalid], actorAt())).rejects.toThrow();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    expect(parseReference(inquiry.reference)?.counter).toBe(1);
  });

  it('find the inquiry a printed receipt names', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(db, sampleInquiry(), actorAt());
    expect((await findInquiryByReference(db, inquiry.reference))?.id).toBe(inquiry.id);
  });

  it('are refused by the store itself when duplicated (a second line of defence)', async () => {
    const db = await openTestStore();
    const first = await createInquiry(db, sampleInquiry(), actorAt());
    const second = await createInquiry(db, sampleInquiry(), actorAt());
    const row = await db.inquiries.get(second.id);
    if (!row) throw new Error('The second inquiry was not stored');
    await expect(db.inquiries.put({ ...row, reference: first.reference })).rejects.toThrow(
      /ConstraintError|unique/i,
    );
  });
});
