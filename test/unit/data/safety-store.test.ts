import Dexie from 'dexie';
import { unlockKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  createFollowUpReport,
  createSafetyReport,
  linkSafetyReports,
  listSafetyActions,
  listSafetyReports,
  moveDayZeroEarlier,
  openDatabase,
  recordManualForwarding,
  recordSafetyAction,
  recordServerReceipt,
  updateSafetyReport,
  verifyStoredAuditChain,
} from '../../../src/renderer/src/data';
import { storeSchemaVersion1 } from '../../../src/renderer/src/data/db';
import { SafetyRuleError } from '../../../src/shared/safety/day-zero';
import { isEncryptedEnvelope } from '../../../src/shared/security/encryption';
import { outboxPriorities } from '../../../src/shared/schemas';
import { linkedComplaint, seriousAdverseEvent } from '../shared/safety/report-fixtures';
import { testIds } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

const capture = actorAt('2026-03-03T09:52:00.000+01:00');
const later = actorAt('2026-03-03T11:00:00.000+01:00');

async function ruleOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.catch((caught: unknown) => caught);
  return error instanceof SafetyRuleError ? error.code : String(error);
}

describe('safety reports in the local store', () => {
  it('saves a report with an SR reference, queued at safety priority and audited', async () => {
    const db = await openTestStore();
    const report = await createSafetyReport(
      db,
      { ...seriousAdverseEvent(), firstSavedAt: '2020-01-01T00:00:00.000Z' },
      capture,
    );
    expect(report.reference).toMatch(/^SR-2026-[A-Z2-9]{3}-000001$/);
    expect(report.firstSavedAt).toBe(capture.at); // the store stamps it, whatever the input says
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({
      table: 'safetyReports',
      recordId: report.id,
      priority: outboxPriorities.safety,
    });
    const [event] = await db.audit.toArray();
    expect(event).toMatchObject({ table: 'safetyReports', action: 'create' });
    // Personal data sits in the event's own personal part, encrypted, as in the stored report.
    expect(isEncryptedEnvelope(event?.personal)).toBe(true);
    expect(event?.changes.some((change) => change.field.startsWith('personal'))).toBe(false);
    const row = await db.safetyReports.get(report.id);
    expect(isEncryptedEnvelope(row?.personal)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(seriousAdverseEvent().personal.narrative);
  });

  it('refuses impossible content with the field path and writes nothing', async () => {
    const db = await openTestStore();
    const report = seriousAdverseEvent();
    const bad = {
      ...report,
      personal: { ...report.personal, patient: { ...report.personal.patient, weightKg: 900 } },
    };
    const error: unknown = await createSafetyReport(db, bad, capture).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.path).toEqual(['personal', 'patient', 'weightKg']); // as: checked above
    expect(await db.safetyReports.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps Day 0, first save and life cycle out of ordinary edits', async () => {
    const db = await openTestStore();
    const report = await createSafetyReport(db, seriousAdverseEvent(), capture);
    const edited = await updateSafetyReport(
      db,
      report.id,
      {
        ...({ awarenessAt: '2026-01-01T00:00:00.000Z', status: 'forwarded' } as object),
        productIds: [],
      },
      later,
    );
    expect([edited.awarenessAt, edited.status, edited.firstSavedAt]).toEqual([
      report.awarenessAt,
      'flagged',
      report.firstSavedAt,
    ]);
  });

  it('moves Day 0 only earlier, with the reason in the report and the change in the audit trail', async () => {
    const db = await openTestStore();
    const report = await createSafetyReport(db, seriousAdverseEvent(), capture);
    expect(
      await ruleOf(
        moveDayZeroEarlier(
          db,
          report.id,
          { to: '2026-03-03T10:00:00.000+01:00', reason: 'Heard it later' },
          later,
        ),
      ),
    ).toBe('awareness-not-earlier');
    const moved = await moveDayZeroEarlier(
      db,
      report.id,
      { to: '2026-03-02T17:45:00.000+01:00', reason: 'The rep heard it at the booth' },
      later,
    );
    expect(moved.awarenessChanges).toEqual([
      {
        from: report.awarenessAt,
        to: '2026-03-02T17:45:00.000+01:00',
        reason: 'The rep heard it at the booth',
        changedAt: later.at,
        changedBy: testIds.user,
      },
    ]);
    const events = await db.audit.where('recordId').equals(report.id).toArray();
    const change = events.at(-1)?.changes.find((item) => item.field === 'awarenessAt');
    expect(change).toEqual({
      field: 'awarenessAt',
      before: report.awarenessAt,
      after: '2026-03-02T17:45:00.000+01:00',
    });
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
  });

  it('freezes a forwarded report: edits and Day 0 refused, corrections go into a numbered follow-up', async () => {
    const db = await openTestStore();
    const report = await createSafetyReport(db, seriousAdverseEvent(), capture);
    const forwarded = await recordManualForwarding(
      db,
      report.id,
      { channel: 'fax', at: '2026-03-03T10:30:00.000+01:00', reference: 'TX 4711' },
      later,
    );
    expect(forwarded).toMatchObject({
      status: 'forwarded',
      forwarding: { channel: 'fax', reference: 'TX 4711', recordedBy: testIds.user },
    });
    expect(await ruleOf(updateSafetyReport(db, report.id, { productIds: [] }, later))).toBe(
      'report-forwarded',
    );
    expect(
      await ruleOf(
        moveDayZeroEarlier(
          db,
          report.id,
          { to: '2026-03-01T10:00:00.000+01:00', reason: 'found an earlier e-mail' },
          later,
        ),
      ),
    ).toBe('report-forwarded');
    expect(
      await ruleOf(
        recordManualForwarding(
          db,
          report.id,
          { channel: 'email', at: later.at, reference: 'again' },
          later,
        ),
      ),
    ).toBe('report-forwarded');
    const first = await createFollowUpReport(
      db,
      report.id,
      { receivedAt: '2026-03-10T09:00:00.000+01:00', inquiryId: null },
      actorAt('2026-03-10T09:05:00.000+01:00'),
    );
    const second = await createFollowUpReport(
      db,
      first.id,
      { receivedAt: '2026-03-12T09:00:00.000+01:00', inquiryId: null },
      actorAt('2026-03-12T09:05:00.000+01:00'),
    );
    expect([
      first.followUpOf,
      first.followUpNumber,
      second.followUpOf,
      second.followUpNumber,
    ]).toEqual([report.id, 1, report.id, 2]);
    expect(first.awarenessAt).toBe('2026-03-10T09:00:00.000+01:00');
    expect((await listSafetyReports(db)).map((item) => item.followUpNumber)).toEqual([2, 1, 0]);
  });

  it('takes the server’s receipt as forwarding unless a manual forwarding came first', async () => {
    const db = await openTestStore();
    const report = await createSafetyReport(db, seriousAdverseEvent(), capture);
    const received = await recordServerReceipt(db, report.id, '2026-03-03T09:53:10.000Z', later);
    expect(received.forwarding).toMatchObject({
      channel: 'server',
      at: '2026-03-03T09:53:10.000Z',
      reference: null,
    });
    expect(
      (await recordServerReceipt(db, report.id, '2026-03-04T09:00:00.000Z', later)).forwarding?.at,
    ).toBe('2026-03-03T09:53:10.000Z');
  });

  it('links an AE and its complaint both ways', async () => {
    const db = await openTestStore();
    const adverseEvent = await createSafetyReport(db, seriousAdverseEvent(), capture);
    const complaint = await createSafetyReport(
      db,
      { ...linkedComplaint(), linkedReportIds: [] },
      capture,
    );
    await linkSafetyReports(db, adverseEvent.id, complaint.id, later);
    const reports = await listSafetyReports(db);
    expect(reports.map((item) => item.linkedReportIds).sort()).toEqual(
      [[adverseEvent.id], [complaint.id]].sort(),
    );
  });

  it('records acknowledgement only after forwarding, and follow-up attempts any time', async () => {
    const db = await openTestStore();
    const report = await createSafetyReport(db, seriousAdverseEvent(), capture);
    const acknowledge = {
      kind: 'acknowledged' as const,
      reportId: report.id,
      occurredAt: later.at,
      pvCaseId: 'DE-PV-2026-0042',
    };
    expect(await ruleOf(recordSafetyAction(db, acknowledge, later))).toBe('report-not-forwarded');
    await recordSafetyAction(
      db,
      {
        kind: 'follow-up-attempt',
        reportId: report.id,
        occurredAt: capture.at,
        topics: ['event-outcome'],
        channel: 'phone',
        outcome: 'no-response',
        personal: { note: 'voicemail' },
      },
      later,
    );
    await recordManualForwarding(
      db,
      report.id,
      { channel: 'email', at: later.at, reference: 'msg-1' },
      later,
    );
    await recordSafetyAction(db, acknowledge, later);
    expect((await listSafetyActions(db, report.id)).map((action) => action.kind)).toEqual([
      'follow-up-attempt',
      'acknowledged',
    ]);
    expect(
      (await db.outbox.where('table').equals('safetyActions').toArray()).every(
        (entry) => entry.priority === outboxPriorities.safety,
      ),
    ).toBe(true);
  });
});

describe('upgrading yesterday’s store (version 1) to the current version', () => {
  it('keeps every existing row and adds the empty safety tables', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(storeSchemaVersion1);
    await old.open();
    await old.table('meta').put({
      key: 'device',
      value: { deviceId: '01930000-0000-7000-8000-0000000000f1', deviceCode: 'K7Q' },
    });
    await old.table('products').put({ id: testIds.product, brandName: 'Cardivex' });
    old.close();

    const db = await openDatabase({ name });
    await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32))); // as after a sign-in
    try {
      expect(db.verno).toBe(7);
      expect(await db.products.get(testIds.product)).toMatchObject({ brandName: 'Cardivex' });
      expect(await db.safetyReports.count()).toBe(0);
      const report = await createSafetyReport(db, seriousAdverseEvent(), capture);
      expect(report.reference).toBe('SR-2026-K7Q-000001');
    } finally {
      await db.delete();
    }
  });
});
