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

describe.each(DATABASE_KINDS)('conflicts on %s', (kind) => {
  let harness: Harness;
  let laptop: Session;
  let headquarters: Session;
  const counters = new Map<string, number>();
  const next = (session: Session): number => {
    const value = (counters.get(session.deviceId) ?? 0) + 1;
    counters.set(session.deviceId, value);
    return value;
  };

  beforeAll(async () => {
    harness = await startHarness(kind);
    laptop = await harness.session('field-officer');
    headquarters = await harness.session('mi-specialist');
  });
  afterAll(async () => {
    await harness.close();
  });

  async function createInquiry(
    fields: Record<string, unknown>,
  ): Promise<{ id: string; revision: number }> {
    const id = randomUUID();
    const { results } = await harness.push(laptop, [
      put(next(laptop), 'inquiries', { id, ...fields }),
    ]);
    return { id, revision: revisionOf(results[0]) };
  }

  it('merges changes to different fields without a conflict', async () => {
    const { id, revision } = await createInquiry({ status: 'open', urgency: 'normal' });
    await harness.push(headquarters, [
      put(
        next(headquarters),
        'inquiries',
        { id, status: 'answered', urgency: 'normal' },
        { baseRevision: revision, changedFields: ['status'] },
      ),
    ]);
    const { results } = await harness.push(laptop, [
      put(
        next(laptop),
        'inquiries',
        { id, status: 'open', urgency: 'high' },
        { baseRevision: revision, changedFields: ['urgency'] },
      ),
    ]);
    expect(results[0]?.status).toBe('applied');
    const stored = await harness.database.query<{ data: unknown; has_conflict: boolean }>(
      'SELECT data, has_conflict FROM records WHERE id = $1',
      [id],
    );
    expect(stored.rows[0]).toEqual({
      data: { id, status: 'answered', urgency: 'high' },
      has_conflict: false,
    });
  });

  it('keeps both values when both sides changed the same field: server value in the record, client value stored, record flagged', async () => {
    const { id, revision } = await createInquiry({ status: 'open', note: 'first' });
    await harness.push(headquarters, [
      put(
        next(headquarters),
        'inquiries',
        { id, status: 'answered', note: 'first' },
        { baseRevision: revision, changedFields: ['status'] },
      ),
    ]);
    const { results } = await harness.push(laptop, [
      put(
        next(laptop),
        'inquiries',
        { id, status: 'closed', note: 'second' },
        { baseRevision: revision, changedFields: ['status', 'note'] },
      ),
    ]);
    const result = results[0];
    expect(result?.status).toBe('conflict');
    if (result?.status !== 'conflict') return;
    expect(result.conflicts.map(({ conflictId: _id, ...rest }) => rest)).toEqual([
      { field: 'status', serverValue: 'answered', clientValue: 'closed' },
    ]);
    // The field nobody else touched still applied.
    expect(result.record).toMatchObject({
      hasConflict: true,
      data: { id, status: 'answered', note: 'second' },
    });
    const stored = await harness.database.query(
      'SELECT field, server_value, client_value, resolved_at FROM conflicts WHERE record_id = $1',
      [id],
    );
    expect(stored.rows).toEqual([
      { field: 'status', server_value: 'answered', client_value: 'closed', resolved_at: null },
    ]);
    // Other devices learn about the flag through pull.
    const page = await harness.pull(headquarters, revision);
    expect(
      page.resyncRequired === false && page.changes.find((change) => change.id === id)?.hasConflict,
    ).toBe(true);

    // A person resolves it: a put on the current revision naming the conflict clears the flag.
    const { results: resolved } = await harness.push(laptop, [
      put(
        next(laptop),
        'inquiries',
        { id, status: 'closed', note: 'second' },
        {
          baseRevision: result.serverRevision,
          resolvesConflicts: [result.conflicts[0]?.conflictId ?? ''],
        },
      ),
    ]);
    expect(resolved[0]?.status).toBe('applied');
    const after = await harness.database.query<{ data: unknown; has_conflict: boolean }>(
      'SELECT data, has_conflict FROM records WHERE id = $1',
      [id],
    );
    expect(after.rows[0]).toEqual({
      data: { id, status: 'closed', note: 'second' },
      has_conflict: false,
    });
  });

  it('treats an identical concurrent change as no conflict', async () => {
    const { id, revision } = await createInquiry({ status: 'open' });
    await harness.push(headquarters, [
      put(
        next(headquarters),
        'inquiries',
        { id, status: 'answered' },
        { baseRevision: revision, changedFields: ['status'] },
      ),
    ]);
    const { results } = await harness.push(laptop, [
      put(
        next(laptop),
        'inquiries',
        { id, status: 'answered' },
        { baseRevision: revision, changedFields: ['status'] },
      ),
    ]);
    expect(results[0]?.status).toBe('applied');
  });

  it("does not call a client's own earlier write a conflict when it lost the answer (baseRevision null)", async () => {
    const id = randomUUID();
    await harness.push(laptop, [put(next(laptop), 'inquiries', { id, status: 'open' })]);
    const { results } = await harness.push(laptop, [
      put(next(laptop), 'inquiries', { id, status: 'answered' }, { changedFields: ['status'] }),
    ]);
    expect(results[0]?.status).toBe('applied');
  });

  it('refuses to delete silently what someone else changed since the base', async () => {
    const { id, revision } = await createInquiry({ status: 'open' });
    await harness.push(headquarters, [
      put(
        next(headquarters),
        'inquiries',
        { id, status: 'answered' },
        { baseRevision: revision, changedFields: ['status'] },
      ),
    ]);
    const { results } = await harness.push(laptop, [
      remove(next(laptop), 'inquiries', id, revision),
    ]);
    expect(results[0]).toMatchObject({
      status: 'conflict',
      conflicts: [{ field: '*', serverValue: { id, status: 'answered' } }],
    });
    const stored = await harness.database.query<{ deleted: boolean; has_conflict: boolean }>(
      'SELECT deleted, has_conflict FROM records WHERE id = $1',
      [id],
    );
    expect(stored.rows[0]).toEqual({ deleted: false, has_conflict: true });
  });

  it('keeps an edit made offline on a record deleted meanwhile, as a conflict', async () => {
    const { id, revision } = await createInquiry({ status: 'open' });
    await harness.push(headquarters, [remove(next(headquarters), 'inquiries', id, revision)]);
    const edit = { id, status: 'answered' };
    const { results } = await harness.push(laptop, [
      put(next(laptop), 'inquiries', edit, { baseRevision: revision }),
    ]);
    expect(results[0]).toMatchObject({
      status: 'conflict',
      conflicts: [{ field: '*', clientValue: edit }],
    });
  });
});
