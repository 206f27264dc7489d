import { asServerData, safetyReportRecord } from '../../helpers/sync-records';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/sync';
import { serverInfoSchema } from '../../../src/shared/sync';
import type { Harness, Session } from './helpers/harness';
import { countRows, put, remove, startHarness } from './helpers/harness';
import { sealForServer } from './helpers/seal';
import { DATABASE_KINDS } from './helpers/test-database';

describe.each(DATABASE_KINDS)('push on %s', (kind) => {
  let harness: Harness;
  let officer: Session;
  let nextMutation = 0;
  const mutationId = (): number => (nextMutation += 1);

  beforeAll(async () => {
    harness = await startHarness(kind);
    officer = await harness.session('field-officer');
  });
  afterAll(async () => {
    await harness.close();
  });

  it('applies a put and answers the new server revision and the server-stamped receive time', async () => {
    const before = Date.now();
    const record = { id: randomUUID(), status: 'open', question: 'Dose in renal impairment?' };
    const { results } = await harness.push(officer, [put(mutationId(), 'inquiries', record)]);
    expect(results).toHaveLength(1);
    expect(results[0]?.status).toBe('applied');
    const receivedAt = Date.parse(results[0]?.receivedAt ?? '');
    expect(receivedAt).toBeGreaterThanOrEqual(before - 5_000);
    const stored = await harness.database.query<{ data: unknown; owner_user_id: string }>(
      "SELECT data, owner_user_id FROM records WHERE table_name = 'inquiries' AND id = $1",
      [record.id],
    );
    expect(stored.rows[0]).toEqual({ data: record, owner_user_id: officer.userId });
  });

  it('is idempotent: the same batch twice stores once and answers the same results', async () => {
    const batch = [
      put(mutationId(), 'inquiries', { id: randomUUID(), status: 'open' }),
      put(mutationId(), 'letters', { id: randomUUID(), body: 'Dear Dr …' }),
    ];
    const recordsBefore = await countRows(harness.database, 'records');
    const first = await harness.push(officer, batch);
    const second = await harness.push(officer, batch);
    expect(second).toEqual(first);
    expect(await countRows(harness.database, 'records')).toBe(recordsBefore + 2);
    // A batch that mixes old and new mutations applies only the new ones.
    const third = await harness.push(officer, [
      ...batch,
      put(mutationId(), 'inquiries', { id: randomUUID() }),
    ]);
    expect(third.results.slice(0, 2)).toEqual(first.results);
    expect(await countRows(harness.database, 'records')).toBe(recordsBefore + 3);
  });

  it('rejects one bad mutation with a reason and applies the others in the same batch', async () => {
    const good = { id: randomUUID(), status: 'open' };
    const alsoGood = { id: randomUUID(), status: 'answered' };
    const { results } = await harness.push(officer, [
      put(mutationId(), 'inquiries', good),
      put(mutationId(), 'noSuchTable', { id: randomUUID() }),
      put(mutationId(), 'inquiries', { id: randomUUID(), 'bad field': 1 }),
      put(mutationId(), 'inquiries', alsoGood),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'applied',
    ]);
    expect(results[1]).toMatchObject({ reason: 'unknown-table' });
    expect(results[1]?.status === 'rejected' && results[1].message).toContain('noSuchTable');
    expect(results[2]).toMatchObject({ reason: 'invalid-record' });
    const ids = await harness.database.query<{ id: string }>(
      'SELECT id FROM records WHERE id = ANY($1::uuid[]) ORDER BY id',
      [[good.id, alsoGood.id]],
    );
    expect(ids.rows).toHaveLength(2);
  });

  it('rejects a payload whose id is not the mutation record id', async () => {
    const mutation = {
      ...put(mutationId(), 'inquiries', { id: randomUUID() }),
      recordId: randomUUID(),
    };
    const { results } = await harness.push(officer, [mutation]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'record-id-mismatch' });
  });

  it('opens payloads sealed with WebCrypto for the server key, and refuses tampered ones', async () => {
    const info = serverInfoSchema.parse((await harness.app.inject({ url: '/api/v1/info' })).json());
    const record = safetyReportRecord();
    const sealed = await sealForServer(
      info.sealingKey,
      { table: 'safetyReports', recordId: record.id },
      record,
    );
    const otherId = randomUUID();
    const moved = { ...sealed };
    const tampered = { ...sealed, ciphertext: `${sealed.ciphertext.slice(0, -2)}AA` };
    const unknownKey = { ...sealed, kid: 'retired-or-invented' };
    const { results } = await harness.push(officer, [
      put(mutationId(), 'safetyReports', record, { payload: sealed }),
      { ...put(mutationId(), 'safetyReports', { id: otherId }), payload: moved },
      { ...put(mutationId(), 'safetyReports', { id: randomUUID() }), payload: tampered },
      { ...put(mutationId(), 'safetyReports', { id: randomUUID() }), payload: unknownKey },
    ]);
    expect(
      results.map((result) => (result.status === 'rejected' ? result.reason : result.status)),
    ).toEqual(['applied', 'unsealable-payload', 'unsealable-payload', 'unknown-sealing-key']);
    const stored = await harness.database.query<{ data: unknown }>(
      'SELECT data FROM records WHERE id = $1',
      [record.id],
    );
    expect(stored.rows[0]?.data).toEqual(asServerData(record));
  });

  it('refuses personal data sent unsealed, storing nothing of it, and applies the same records sealed', async () => {
    const inquiry = { id: randomUUID(), status: 'open', personal: { requester: 'Dr. Vera Holm' } };
    const report = safetyReportRecord();
    const event = { id: randomUUID(), name: 'ESC Congress 2026' };
    const plain = [
      put(mutationId(), 'inquiries', inquiry),
      put(mutationId(), 'safetyReports', report),
      put(mutationId(), 'events', event),
    ];
    const recordsBefore = await countRows(harness.database, 'records');
    const response = await harness.pushRaw(officer, {
      clientId: officer.deviceId,
      mutations: plain,
    });
    expect(response.statusCode).toBe(200);
    const { results } = response.json<PushResponse>();
    expect(
      results.map((result) => (result.status === 'rejected' ? result.reason : 'applied')),
    ).toEqual(['unsealed-personal-data', 'unsealed-personal-data', 'applied']);
    expect(results[0]?.status === 'rejected' && results[0].message).toContain('seal');
    // Only the congress event (no personal data) was stored.
    expect(await countRows(harness.database, 'records')).toBe(recordsBefore + 1);
    const stored = await harness.database.query<{ id: string }>(
      'SELECT id FROM records WHERE id = ANY($1::uuid[])',
      [[inquiry.id, report.id]],
    );
    expect(stored.rows).toEqual([]);

    // The same records sealed for the server, as a device sends them, are applied.
    const sealed = await harness.push(officer, [
      put(mutationId(), 'inquiries', inquiry),
      put(mutationId(), 'safetyReports', report),
    ]);
    expect(sealed.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    const applied = await harness.database.query<{ data: unknown }>(
      'SELECT data FROM records WHERE id = $1',
      [inquiry.id],
    );
    expect(applied.rows[0]?.data).toEqual(inquiry);
  });

  it('deletes by tombstone: the row stays, marked deleted, at a new revision', async () => {
    const record = { id: randomUUID(), status: 'open' };
    const created = await harness.push(officer, [put(mutationId(), 'inquiries', record)]);
    const revision =
      created.results[0]?.status === 'applied' ? created.results[0].serverRevision : -1;
    const deleted = await harness.push(officer, [
      remove(mutationId(), 'inquiries', record.id, revision),
    ]);
    expect(deleted.results[0]).toMatchObject({ status: 'applied' });
    const stored = await harness.database.query<{ deleted: boolean; server_revision: number }>(
      'SELECT deleted, server_revision FROM records WHERE id = $1',
      [record.id],
    );
    expect(stored.rows[0]?.deleted).toBe(true);
    expect(stored.rows[0]?.server_revision).toBeGreaterThan(revision);
    // Deleting again changes nothing.
    const again = await harness.push(officer, [remove(mutationId(), 'inquiries', record.id, null)]);
    expect(again.results[0]).toMatchObject({
      status: 'applied',
      serverRevision: stored.rows[0]?.server_revision,
    });
  });

  it('ignores server-owned fields a client echoes in its payload', async () => {
    const record = {
      id: randomUUID(),
      status: 'open',
      serverRevision: 999_999,
      ownerUserId: randomUUID(),
      deleted: true,
    };
    await harness.push(officer, [put(mutationId(), 'inquiries', record)]);
    const stored = await harness.database.query<{
      data: unknown;
      deleted: boolean;
      owner_user_id: string;
    }>('SELECT data, deleted, owner_user_id FROM records WHERE id = $1', [record.id]);
    expect(stored.rows[0]).toEqual({
      data: { id: record.id, status: 'open' },
      deleted: false,
      owner_user_id: officer.userId,
    });
  });

  it('records every mutation in the ledger with its receive time', async () => {
    const id = randomUUID();
    const mutation = put(mutationId(), 'inquiries', { id });
    await harness.push(officer, [mutation]);
    const ledger = await harness.database.query<{
      status: string;
      received_at: Date;
      priority: number;
    }>(
      'SELECT status, received_at, priority FROM mutations WHERE client_id = $1 AND mutation_id = $2',
      [officer.deviceId, mutation.mutationId],
    );
    expect(ledger.rows[0]).toMatchObject({ status: 'applied', priority: 5 });
    expect(ledger.rows[0]?.received_at).toBeInstanceOf(Date);
  });
});
