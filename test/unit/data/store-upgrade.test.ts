import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import {
  getEvent,
  getInquiry,
  openDatabase,
  queryInquiries,
  updateInquiry,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { storeSchemaVersion1 } from '../../../src/renderer/src/data/db';
import { timestampToUtc } from '../../../src/shared/domain';
import { sampleInquiry, testIds } from '../shared/fixtures';
import { actorAt } from './store-fixtures';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Yesterday's store: version 1, with rows exactly as version 1 wrote them. */
async function createVersion1Store(name: string): Promise<void> {
  const legacy = new Dexie(name);
  legacy.version(1).stores(storeSchemaVersion1);
  const stamps = {
    createdAt: '2026-03-02T09:40:00.000+01:00',
    updatedAt: '2026-03-02T09:40:00.000+01:00',
    createdBy: testIds.user,
    updatedBy: testIds.user,
    serverRevision: null,
    deleted: false,
  };
  const inquiry = {
    ...sampleInquiry({
      unsolicitedConfirmation: {
        confirmedAt: '2026-03-02T09:35:00.000+01:00',
        method: 'written',
        signatureId: null,
      },
      isOffLabel: true,
    }),
    ...stamps,
    id: testIds.record,
    reference: 'MI-2026-ABC-000001',
    receivedAtUtc: timestampToUtc('2026-03-02T09:30:00.000+01:00'),
    updatedAtUtc: timestampToUtc(stamps.updatedAt),
  };
  await legacy.table('inquiries').add(inquiry);
  await legacy.table('events').add({
    ...stamps,
    id: testIds.device,
    name: 'ESC Congress 2026',
    city: 'München',
    country: 'DE',
    startDate: '2026-08-28',
    endDate: '2026-08-31',
    boothLabel: null,
  });
  legacy.close();
}

describe('upgrading a version 1 store to the current version (3 adds the filter index)', () => {
  it('keeps every row, fills the new filter index and reads new fields as their defaults', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    await createVersion1Store(name);
    const db: MedinfoDatabase = await openDatabase({ name });
    await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32))); // as after a sign-in
    expect(db.verno).toBe(7); // 3 (filter keys), 5 (safety), 6 (sync) and 7 (library) all run

    const inquiry = await getInquiry(db, testIds.record);
    expect(inquiry?.reference).toBe('MI-2026-ABC-000001');
    expect(inquiry?.signatures).toEqual([]);
    expect(inquiry?.responses).toEqual([]);
    expect(inquiry?.personal.followUpNotes).toEqual({});
    expect(inquiry?.unsolicitedConfirmation).toMatchObject({
      initiatedBy: 'requester',
      referral: 'none',
    });
    expect((await getEvent(db, testIds.device))?.boothStaffUserIds).toEqual([]);

    const page = await queryInquiries(db, {
      filter: { country: 'DE', statuses: ['open'] },
      sort: 'received-newest',
      today: '2026-03-02',
      limit: 10,
    });
    expect(page.inquiries.map((found) => found.id)).toEqual([testIds.record]);

    // An old row is written back in full: the audit trail shows only the real change.
    await updateInquiry(db, testIds.record, { urgency: 'high' }, actorAt());
    const trail = await db.audit.where('recordId').equals(testIds.record).toArray();
    expect(trail.at(-1)?.changes).toEqual([{ field: 'urgency', before: 'normal', after: 'high' }]);
    expect(trail.at(-1)?.personal).toBeNull();
    db.close();
  });
});
