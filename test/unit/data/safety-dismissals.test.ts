import { describe, expect, it } from 'vitest';
import {
  createInquiry,
  getInquiry,
  listAuditTrail,
  saveSafetyScreen,
} from '../../../src/renderer/src/data';
import { isEncryptedEnvelope } from '../../../src/shared/security/encryption';
import { sampleInquiry } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

const noSafety = { hasAdverseEvent: false, hasQualityComplaint: false, hasSpecialSituation: false };
const reason = 'Asks about trial data, no patient exposed';

describe('dismissing what screening flagged on an inquiry', () => {
  it('keeps the reason with the answers, encrypted, and audits it', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(
      db,
      sampleInquiry({ status: 'draft', safetyScreen: null }),
      actorAt(),
    );
    const answeredAt = '2026-03-02T11:00:00.000+01:00';
    await saveSafetyScreen(db, inquiry.id, noSafety, actorAt(answeredAt), [
      { kind: 'adverse-event', reason },
    ]);
    const stored = await getInquiry(db, inquiry.id);
    expect(stored?.personal.safetyDismissals).toEqual([
      { kind: 'adverse-event', reason, at: answeredAt },
    ]);
    const row = await db.inquiries.get(inquiry.id);
    expect(isEncryptedEnvelope(row?.personal)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(reason);
    const trail = await listAuditTrail(db, inquiry.id);
    expect(JSON.stringify(trail.at(-1)?.personal)).toContain(reason);
  });

  it('appends later reasons and keeps earlier ones', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(
      db,
      sampleInquiry({ safetyScreen: null, status: 'draft' }),
      actorAt(),
    );
    await saveSafetyScreen(db, inquiry.id, noSafety, actorAt('2026-03-02T11:00:00.000+01:00'), [
      { kind: 'adverse-event', reason },
    ]);
    await saveSafetyScreen(db, inquiry.id, noSafety, actorAt('2026-03-02T12:00:00.000+01:00'), [
      { kind: 'special-situation', reason: 'Dose question, nobody took it' },
    ]);
    const kinds = (await getInquiry(db, inquiry.id))?.personal.safetyDismissals?.map(
      (dismissal) => dismissal.kind,
    );
    expect(kinds).toEqual(['adverse-event', 'special-situation']);
  });

  it('refuses a reason under five characters', async () => {
    const db = await openTestStore();
    const inquiry = await createInquiry(
      db,
      sampleInquiry({ safetyScreen: null, status: 'draft' }),
      actorAt(),
    );
    await expect(
      saveSafetyScreen(db, inquiry.id, noSafety, actorAt(), [
        { kind: 'adverse-event', reason: 'no' },
      ]),
    ).rejects.toThrow(/safetyWorkflow\.screen\.reasonShort/);
    expect((await getInquiry(db, inquiry.id))?.safetyScreen).toBeNull();
  });
});
