import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, Session } from './helpers/harness';
import { put, startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

describe.each(DATABASE_KINDS)('what a push result tells the client on %s', (kind) => {
  let harness: Harness;
  let officer: Session;
  let laptop: Session;
  let colleague: Session;
  const counters = new Map<string, number>();
  const next = (session: Session): number => {
    const value = (counters.get(session.deviceId) ?? 0) + 1;
    counters.set(session.deviceId, value);
    return value;
  };

  beforeAll(async () => {
    harness = await startHarness(kind);
    officer = await harness.session('field-officer');
    // The same person on a second laptop.
    const login = await harness.login(officer.username, officer.password);
    const body = login.json<{ token: string; deviceId: string }>();
    laptop = { ...officer, token: body.token, deviceId: randomUUID() };
    const second = await harness.login(officer.username, officer.password, {
      deviceId: laptop.deviceId,
    });
    laptop = { ...laptop, token: second.json<{ token: string }>().token };
    colleague = await harness.session('field-officer');
  });
  afterAll(async () => {
    await harness.close();
  });

  it('carries no record when the server holds exactly what was sent', async () => {
    const record = { id: randomUUID(), status: 'open', notes: 'a' };
    const { results } = await harness.push(officer, [put(next(officer), 'inquiries', record)]);
    expect(results[0]?.status).toBe('applied');
    expect(results[0]).not.toHaveProperty('record');
  });

  it('carries the merged record when other fields changed meanwhile, so the base stays honest', async () => {
    const record = { id: randomUUID(), status: 'open', notes: 'a' };
    const created = await harness.push(officer, [put(next(officer), 'inquiries', record)]);
    const base = created.results[0]?.status === 'applied' ? created.results[0].serverRevision : 0;
    await harness.push(laptop, [
      put(
        next(laptop),
        'inquiries',
        { ...record, notes: 'from the laptop' },
        {
          baseRevision: base,
          changedFields: ['notes'],
        },
      ),
    ]);
    const { results } = await harness.push(officer, [
      put(
        next(officer),
        'inquiries',
        { ...record, status: 'answered' },
        {
          baseRevision: base,
          changedFields: ['status'],
        },
      ),
    ]);
    expect(results[0]).toMatchObject({
      status: 'applied',
      record: { id: record.id, data: { ...record, status: 'answered', notes: 'from the laptop' } },
    });
    const revision = results[0]?.status === 'applied' ? results[0].serverRevision : -1;
    expect(results[0]?.status === 'applied' && results[0].record?.serverRevision).toBe(revision);
  });

  it("syncs congress events: one officer's event is every officer's", async () => {
    const event = { id: randomUUID(), name: 'ESC Congress', city: 'Madrid', country: 'ES' };
    const { results } = await harness.push(officer, [put(next(officer), 'events', event)]);
    expect(results[0]?.status).toBe('applied');
    const page = await harness.pull(colleague, 0, 1000);
    if (page.resyncRequired) throw new Error('unexpected resync');
    expect(page.changes.find((change) => change.id === event.id)?.data).toEqual(event);
  });
});
