import { safetyReportRecord } from '../../helpers/sync-records';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse, ServerRecord } from '../../../src/shared/sync';
import { pullResponseSchema } from '../../../src/shared/sync';
import type { Harness, Session } from './helpers/harness';
import { VERSION_HEADERS, put, remove, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

/** Pulls every page from a checkpoint, checking each page against the protocol schema. */
async function pullAll(
  harness: Harness,
  session: Session,
  since: number,
  limit: number,
): Promise<{ changes: ServerRecord[]; pages: number; checkpoint: number }> {
  const changes: ServerRecord[] = [];
  let checkpoint = since;
  for (let pages = 1; ; pages += 1) {
    const page: PullResponse = pullResponseSchema.parse(
      await harness.pull(session, checkpoint, limit),
    );
    if (page.resyncRequired) throw new Error('unexpected resync');
    changes.push(...page.changes);
    checkpoint = page.nextCheckpoint;
    if (!page.hasMore) return { changes, pages, checkpoint };
  }
}

describe.each(DATABASE_KINDS)('pull on %s', (kind) => {
  let harness: Harness;
  let officer: Session;
  let colleague: Session;
  let approver: Session;
  let mutationCounter = 0;
  const mutationId = (): number => (mutationCounter += 1);

  beforeAll(async () => {
    harness = await startHarness(kind);
    officer = await harness.session('field-officer');
    colleague = await harness.session('field-officer');
    approver = await harness.session('content-approver');
  });
  afterAll(async () => {
    await harness.close();
  });

  it('pages changes in revision order with hasMore and nextCheckpoint, tombstones included', async () => {
    const ids = Array.from({ length: 7 }, () => randomUUID());
    await harness.push(
      officer,
      ids.map((id, index) => put(mutationId(), 'inquiries', { id, index })),
    );
    const start = (await harness.pull(officer, 0, 1000)) as Extract<
      PullResponse,
      { resyncRequired: false }
    >;
    const deleted = ids[2] ?? '';
    const base = start.changes.find((change) => change.id === deleted)?.serverRevision ?? null;
    await harness.push(officer, [remove(mutationId(), 'inquiries', deleted, base)]);

    const { changes, pages } = await pullAll(harness, officer, 0, 3);
    expect(pages).toBe(3);
    const revisions = changes.map((change) => change.serverRevision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    // The deleted record appears once, at its newest revision, as a tombstone without data.
    const tombstones = changes.filter((change) => change.id === deleted);
    expect(tombstones).toEqual([expect.objectContaining({ deleted: true, data: null })]);
    expect(new Set(changes.map((change) => change.id))).toEqual(new Set(ids));
  });

  it('returns nothing new after the last checkpoint, and the next change after it', async () => {
    const { checkpoint } = await pullAll(harness, officer, 0, 100);
    const empty = await harness.pull(officer, checkpoint);
    expect(empty).toMatchObject({
      resyncRequired: false,
      changes: [],
      hasMore: false,
      nextCheckpoint: checkpoint,
    });
    const id = randomUUID();
    await harness.push(officer, [put(mutationId(), 'inquiries', { id })]);
    const next = await pullAll(harness, officer, checkpoint, 100);
    expect(next.changes.map((change) => change.id)).toEqual([id]);
  });

  it("gives a field officer their own records and the library, never a colleague's", async () => {
    const own = randomUUID();
    const theirs = randomUUID();
    const document = randomUUID();
    await harness.push(officer, [put(mutationId(), 'inquiries', { id: own })]);
    await harness.push(colleague, [put(1, 'inquiries', { id: theirs })]);
    await harness.push(approver, [
      put(1, 'documents', { id: document, title: 'SRD: renal dosing' }),
    ]);
    const seen = new Set(
      (await pullAll(harness, officer, 0, 100)).changes.map((change) => change.id),
    );
    expect(seen.has(own)).toBe(true);
    expect(seen.has(document)).toBe(true);
    expect(seen.has(theirs)).toBe(false);
    // The empty pages move the checkpoint past the rows the user may not see.
    const forColleague = await pullAll(harness, colleague, 0, 2);
    expect(
      forColleague.changes.every(
        (change) => change.ownerUserId === colleague.userId || change.table === 'documents',
      ),
    ).toBe(true);
  });

  it('hides the reporter contact from a pv-liaison unless permitted', async () => {
    const report = safetyReportRecord();
    await harness.push(officer, [put(mutationId(), 'safetyReports', report)]);
    const liaison = await harness.session('pv-liaison');
    const permitted = await harness.session('pv-liaison', ['reporter-contact']);
    const seenBy = async (session: Session): Promise<ServerRecord | undefined> =>
      (await pullAll(harness, session, 0, 100)).changes.find((change) => change.id === report.id);
    // Server-owned fields travel beside the data, never in it.
    const { serverRevision: _revision, deleted: _deleted, ...data } = report;
    const { reporterContact: _hidden, ...personalForPv } = report.personal;
    expect((await seenBy(liaison))?.data).toEqual({ ...data, personal: personalForPv });
    expect((await seenBy(permitted))?.data).toEqual(data);
    const admin = await harness.session('admin');
    expect((await pullAll(harness, admin, 0, 100)).changes).toEqual([]);
  });

  it('answers resyncRequired for a checkpoint never issued or older than the compaction horizon', async () => {
    expect(await harness.pull(officer, 10_000_000)).toMatchObject({
      resyncRequired: true,
      reason: 'checkpoint-unknown',
    });
    await harness.database.query(
      "UPDATE server_settings SET value = to_jsonb(5) WHERE key = 'compactionHorizon'",
    );
    expect(await harness.pull(officer, 3)).toMatchObject({
      resyncRequired: true,
      reason: 'checkpoint-too-old',
    });
    expect(await harness.pull(officer, 0)).toMatchObject({ resyncRequired: false });
    await harness.database.query(
      "UPDATE server_settings SET value = to_jsonb(0) WHERE key = 'compactionHorizon'",
    );
  });

  it('refuses a malformed query with 400', async () => {
    for (const query of ['since=-1', 'since=abc', 'since=0&limit=100000', '']) {
      const response = await harness.app.inject({
        url: `/api/v1/sync/pull?${query}`,
        headers: { ...VERSION_HEADERS, authorization: `Bearer ${officer.token}` },
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-request' });
    }
  });
});
