import { asServerData, safetyReportRecord } from '../../helpers/sync-records';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../../src/shared/sync';
import type { Harness, Session } from './helpers/harness';
import { put, remove, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

function revisionOf(result: MutationResult | undefined): number {
  if (result === undefined || result.status === 'rejected')
    throw new Error(`no revision: ${JSON.stringify(result)}`);
  return result.serverRevision;
}

describe.each(DATABASE_KINDS)('safety reports and access rules on %s', (kind) => {
  let harness: Harness;
  let officer: Session;
  let other: Session;
  let specialist: Session;
  let approver: Session;
  let liaison: Session;
  const counters = new Map<string, number>();
  const next = (session: Session): number => {
    const value = (counters.get(session.deviceId) ?? 0) + 1;
    counters.set(session.deviceId, value);
    return value;
  };
  const dataOf = async (id: string): Promise<unknown> =>
    (
      await harness.database.query<{ data: unknown }>('SELECT data FROM records WHERE id = $1', [
        id,
      ])
    ).rows[0]?.data;

  beforeAll(async () => {
    harness = await startHarness(kind);
    [officer, other, specialist, approver, liaison] = await Promise.all([
      harness.session('field-officer'),
      harness.session('field-officer'),
      harness.session('mi-specialist'),
      harness.session('content-approver'),
      harness.session('pv-liaison'),
    ]);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('forwards a safety report on receipt: its capture batch applies, later changes are rejected with the server copy', async () => {
    // A field the safety schema does not know is kept as data, which makes edits easy to see.
    const report = { ...safetyReportRecord(), reaction: 'rash' };
    // Captured offline, then completed: both mutations arrive in the first push.
    const created = await harness.push(officer, [
      put(next(officer), 'safetyReports', report),
      put(next(officer), 'safetyReports', { ...report, reaction: 'rash and itching' }),
    ]);
    expect(created.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    const revision = revisionOf(created.results[1]);
    const captured = { ...report, reaction: 'rash and itching' };
    const { results } = await harness.push(officer, [
      put(
        next(officer),
        'safetyReports',
        { ...captured, reaction: 'hives' },
        { baseRevision: revision },
      ),
      remove(next(officer), 'safetyReports', report.id, revision),
    ]);
    for (const result of results) {
      expect(result).toMatchObject({
        status: 'rejected',
        reason: 'immutable-forwarded-report',
        record: { id: report.id, serverRevision: revision, data: asServerData(captured) },
      });
    }
    expect(await dataOf(report.id)).toEqual(asServerData(captured));
    // Sending the received version again (a re-sent outbox entry) changes nothing and is fine.
    const resent = await harness.push(officer, [
      put(next(officer), 'safetyReports', captured, { baseRevision: revision }),
    ]);
    expect(resent.results[0]).toMatchObject({ status: 'applied', serverRevision: revision });
  });

  it('keeps a report recorded as forwarded by a manual channel immutable within its first push', async () => {
    const report = {
      ...safetyReportRecord(),
      status: 'forwarded',
      forwarding: {
        channel: 'fax',
        at: '2026-03-03T12:00:00.000+01:00',
        reference: 'FAX-0042',
        recordedBy: '01930000-0000-7000-8000-0000000000aa',
        recordedAt: '2026-03-03T12:00:00.000+01:00',
      },
      reaction: 'rash',
    };
    const { results } = await harness.push(officer, [
      put(next(officer), 'safetyReports', report),
      put(next(officer), 'safetyReports', { ...report, reaction: 'none' }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['applied', 'rejected']);
    expect(await dataOf(report.id)).toEqual(asServerData(report));
  });

  it('refuses a safety report with an unknown status', async () => {
    const { results } = await harness.push(officer, [
      put(next(officer), 'safetyReports', { id: randomUUID(), status: 'lost' }),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'invalid-record' });
  });

  it("refuses a change to another user's record and leaves it as it was", async () => {
    const record = { id: randomUUID(), status: 'open' };
    const created = await harness.push(officer, [put(next(officer), 'inquiries', record)]);
    const { results } = await harness.push(other, [
      put(
        next(other),
        'inquiries',
        { ...record, status: 'hijacked' },
        { baseRevision: revisionOf(created.results[0]) },
      ),
      remove(next(other), 'inquiries', record.id, revisionOf(created.results[0])),
    ]);
    expect(
      results.map((result) => (result.status === 'rejected' ? result.reason : result.status)),
    ).toEqual(['forbidden', 'forbidden']);
    expect(await dataOf(record.id)).toEqual(record);
  });

  it("lets an mi-specialist work on a field officer's inquiry without taking it over", async () => {
    const record = { id: randomUUID(), status: 'open' };
    const created = await harness.push(officer, [put(next(officer), 'inquiries', record)]);
    const { results } = await harness.push(specialist, [
      put(
        next(specialist),
        'inquiries',
        { ...record, status: 'answered' },
        { baseRevision: revisionOf(created.results[0]) },
      ),
    ]);
    expect(results[0]?.status).toBe('applied');
    const owner = await harness.database.query<{ owner_user_id: string }>(
      'SELECT owner_user_id FROM records WHERE id = $1',
      [record.id],
    );
    expect(owner.rows[0]?.owner_user_id).toBe(officer.userId);
  });

  it('lets only content-approvers change library documents and products', async () => {
    const document = { id: randomUUID(), title: 'SRD: use in pregnancy' };
    const fromApprover = await harness.push(approver, [
      put(next(approver), 'documents', document),
      put(next(approver), 'products', { id: randomUUID(), name: 'Examplumab' }),
    ]);
    expect(fromApprover.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    for (const session of [officer, specialist, liaison]) {
      const { results } = await harness.push(session, [
        put(
          next(session),
          'documents',
          { ...document, title: 'changed' },
          { baseRevision: revisionOf(fromApprover.results[0]) },
        ),
      ]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    }
    expect(await dataOf(document.id)).toEqual(document);
    const owner = await harness.database.query<{ owner_user_id: string | null }>(
      'SELECT owner_user_id FROM records WHERE id = $1',
      [document.id],
    );
    expect(owner.rows[0]?.owner_user_id).toBeNull();
  });

  it('keeps content-approvers and pv-liaisons out of inquiries', async () => {
    for (const session of [approver, liaison]) {
      const { results } = await harness.push(session, [
        put(next(session), 'inquiries', { id: randomUUID() }),
      ]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    }
  });

  it('refuses to create a record under an id another user already holds', async () => {
    const record = { id: randomUUID(), status: 'open' };
    await harness.push(officer, [put(next(officer), 'letters', record)]);
    const { results } = await harness.push(other, [
      put(next(other), 'letters', { id: record.id, status: 'mine now' }),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(await dataOf(record.id)).toEqual(record);
  });
});
