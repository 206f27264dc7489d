import { safetyActionSchema, systemUserId } from '../../../src/shared/schemas';
import { safetyReportRecord } from '../../helpers/sync-records';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerRecord } from '../../../src/shared/sync';
import type { Harness, Session } from './helpers/harness';
import { VERSION_HEADERS, put, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

describe.each(DATABASE_KINDS)('PV acknowledgement on %s', (kind) => {
  let harness: Harness;
  let officer: Session;
  let colleague: Session;
  let liaison: Session;
  let specialist: Session;
  let mutationId = 0;

  const acknowledge = (session: Session, reportId: string, body: unknown) =>
    harness.app.inject({
      method: 'POST',
      url: `/api/v1/safety-reports/${reportId}/acknowledge`,
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${session.token}` },
      payload: body as object,
    });

  const pushReport = async (): Promise<string> => {
    const report = safetyReportRecord();
    mutationId += 1;
    await harness.push(officer, [put(mutationId, 'safetyReports', report)]);
    return report.id;
  };

  const pulledAcknowledgements = async (session: Session): Promise<ServerRecord[]> => {
    const page = await harness.pull(session, 0, 1000);
    if (page.resyncRequired) throw new Error('unexpected resync');
    return page.changes.filter((change) => change.table === 'safetyActions');
  };

  beforeAll(async () => {
    harness = await startHarness(kind);
    [officer, colleague, liaison, specialist] = await Promise.all([
      harness.session('field-officer'),
      harness.session('field-officer'),
      harness.session('pv-liaison'),
      harness.session('mi-specialist'),
    ]);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('records the PV case id as a record the report owner pulls, and no other officer', async () => {
    const reportId = await pushReport();
    const response = await acknowledge(liaison, reportId, { pvCaseId: 'DE-HP-2026-000417' });
    expect(response.statusCode).toBe(201);
    const ownerSees = await pulledAcknowledgements(officer);
    expect(ownerSees.map((record) => record.data)).toContainEqual(
      expect.objectContaining({
        kind: 'acknowledged',
        reportId,
        pvCaseId: 'DE-HP-2026-000417',
        createdBy: systemUserId,
      }),
    );
    const action = ownerSees.find((record) => record.data?.reportId === reportId);
    // The device adds what travels beside the data, and then has a valid safety action.
    const asStored = { ...action?.data, serverRevision: action?.serverRevision, deleted: false };
    expect(safetyActionSchema.safeParse(asStored).success).toBe(true);
    expect(action?.ownerUserId).toBe(officer.userId);
    expect(await pulledAcknowledgements(colleague)).toEqual([]);
    expect(
      (await pulledAcknowledgements(specialist)).map((record) => record.data?.reportId),
    ).toContain(reportId);
  });

  it('answers a repeated acknowledgement with the same case id and refuses another case id', async () => {
    const reportId = await pushReport();
    const first = await acknowledge(liaison, reportId, { pvCaseId: 'CASE-1' });
    const again = await acknowledge(liaison, reportId, { pvCaseId: 'CASE-1' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const other = await acknowledge(liaison, reportId, { pvCaseId: 'CASE-2' });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: 'already-acknowledged' });
  });

  it('lets only PV acknowledge, only reports that reached the server, with a case id', async () => {
    const reportId = await pushReport();
    const byOfficer = await acknowledge(officer, reportId, { pvCaseId: 'X' });
    expect(byOfficer.statusCode).toBe(403);
    const unknown = await acknowledge(liaison, randomUUID(), { pvCaseId: 'X' });
    expect(unknown.statusCode).toBe(404);
    const empty = await acknowledge(liaison, reportId, { pvCaseId: '  ' });
    expect(empty.statusCode).toBe(400);
    const notUuid = await acknowledge(liaison, "1' OR '1'='1", { pvCaseId: 'X' });
    expect(notUuid.statusCode).toBe(400);
  });

  it('refuses an acknowledgement pushed by a device that is not a valid safety action', async () => {
    const reportId = await pushReport();
    mutationId += 1;
    const { results } = await harness.push(officer, [
      put(mutationId, 'safetyActions', { id: reportId, pvCaseId: 'forged' }),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'invalid-record' });
  });
});
