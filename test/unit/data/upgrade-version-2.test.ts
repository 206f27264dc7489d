import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  createFirstAccount,
  protectLegacyPersonalData,
  getDraft,
  getInquiry,
  listAuditTrail,
  openDatabase,
  verifyStoredAuditChain,
} from '../../../src/renderer/src/data';
import { storeSchemaVersion1 } from '../../../src/renderer/src/data/db';
import {
  chainAuditEvent,
  createDeviceCode,
  diffRecords,
  emptyAuditHead,
  timestampToUtc,
} from '../../../src/shared/domain';
import type { AuditEvent, Inquiry } from '../../../src/shared/schemas';
import { sampleStoredInquiry, testIds } from '../shared/fixtures';
import { testKdfCost } from './store-fixtures';

const at = '2026-03-02T10:00:00.000+01:00';
const inquiryId = '01930000-0000-7000-8000-0000000000e1';
const eventId = '01930000-0000-7000-8000-0000000000e2';

/** Yesterday's data: a version 1 store as the foundation wrote it, personal data in plaintext. */
async function writeVersion1Store(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(storeSchemaVersion1);
  await v1.open();
  const inquiry: Inquiry = {
    ...sampleStoredInquiry(),
    id: inquiryId,
    reference: 'MI-2026-K7Q-000001',
    createdAt: at,
    updatedAt: at,
    createdBy: testIds.user,
    updatedBy: testIds.user,
    serverRevision: null,
    deleted: false,
  };
  const device = {
    deviceId: testIds.device,
    deviceCode: createDeviceCode(new Uint8Array(32).fill(7)),
  };
  const diff = diffRecords(null, inquiry);
  const event: AuditEvent = chainAuditEvent(
    {
      id: eventId,
      deviceId: device.deviceId,
      sequence: 1,
      at,
      actorUserId: testIds.user,
      action: 'create',
      table: 'inquiries',
      recordId: inquiry.id,
      changes: diff.changes,
      personal: { changes: diff.personalChanges },
    },
    emptyAuditHead,
  );
  await v1.table('inquiries').add({
    ...inquiry,
    receivedAtUtc: timestampToUtc(inquiry.receivedAt),
    updatedAtUtc: timestampToUtc(at),
  });
  await v1.table('users').bulkAdd([
    {
      id: testIds.user,
      displayName: 'Maja Lindqvist',
      jobTitle: 'MIO',
      email: 'maja.lindqvist@example.org',
      role: 'field-officer',
      serverUserId: null,
      isActive: true,
      createdAt: at,
      updatedAt: at,
    },
    {
      id: testIds.otherUser,
      displayName: 'Maja Lindqvist',
      jobTitle: 'MIO',
      email: null,
      role: 'mi-specialist',
      serverUserId: null,
      isActive: true,
      createdAt: at,
      updatedAt: at,
    },
  ]);
  await v1.table('outbox').add({
    mutationId: 1,
    clientId: device.deviceId,
    table: 'inquiries',
    recordId: inquiry.id,
    operation: 'put',
    payload: inquiry,
    priority: 5,
    createdAt: at,
  });
  await v1.table('audit').add(event);
  await v1.table('drafts').add({
    id: 'inquiry-new',
    kind: 'inquiry',
    targetId: null,
    savedAt: at,
    personal: { requesterName: 'Half-typed Name' },
  });
  await v1.table('meta').bulkAdd([
    { key: 'device', value: device },
    { key: 'auditHead', value: { sequence: 1, hash: event.hash } },
    { key: 'lastMutationId', value: 1 },
    { key: 'pendingMutations', value: 1 },
  ]);
  v1.close();
}

describe('opening a version 1 store', () => {
  it('upgrades it in place: accounts get distinct user IDs, every row is kept', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeVersion1Store(name);
    const db = await openDatabase({ name });
    expect(db.verno).toBe(6);
    const users = await db.users.toArray();
    expect(users.map((user) => user.username).sort()).toEqual([
      'maja.lindqvist',
      'maja.lindqvist-2',
    ]);
    expect(
      users.every((user) => user.signingKeys.length === 0 && !user.managesDeviceAccounts),
    ).toBe(true);
    expect(await db.inquiries.count()).toBe(1);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, length: 1 });
    await db.delete();
  });

  it('protects its plaintext personal data at the first sign-in, and re-seals the audit chain once', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeVersion1Store(name);
    const db = await openDatabase({ name });
    await createFirstAccount(
      db,
      {
        username: 'admin',
        displayName: 'Sven Aas',
        jobTitle: 'IT',
        email: null,
        role: 'admin',
        password: 'first-account-2026',
      },
      { kdfCost: testKdfCost },
    );
    // The account's creation was chained onto the old events: that head is what gets re-sealed.
    const oldHead = ((await db.meta.get('auditHead'))?.value as { hash: string }).hash; // as: the audit head's stored shape
    const report = await protectLegacyPersonalData(db);
    expect(report).toEqual({ records: 1, drafts: 1, outbox: 1, auditEvents: 1 });
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(everything).not.toContain('Musterfrau');
    expect(everything).not.toContain('Half-typed');
    expect((await getInquiry(db, inquiryId))?.personal.requester.name).toBe('Dr. Erika Musterfrau');
    expect((await getDraft(db, 'inquiry-new'))?.personal).toEqual({
      requesterName: 'Half-typed Name',
    });
    const [created] = await listAuditTrail(db, inquiryId);
    expect(created?.personal?.changes.length).toBeGreaterThan(0);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, length: 3 });
    const reseal = await db.audit.filter((event) => event.table === 'device').first();
    const newHead = ((await db.meta.get('auditHead'))?.value as { sequence: number }).sequence; // as: the audit head's stored shape
    const rechained = await db.audit.filter((event) => event.sequence === newHead - 1).first();
    expect(reseal?.changes).toContainEqual({
      field: 'auditChain.head',
      before: oldHead,
      after: rechained?.hash,
    });
    // Nothing left to do the next time.
    expect(await protectLegacyPersonalData(db)).toEqual({
      records: 0,
      drafts: 0,
      outbox: 0,
      auditEvents: 0,
    });
    await db.delete();
  });
});
