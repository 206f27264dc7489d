import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightsResponse } from '../../../src/shared/insights';
import { insightsResponseSchema } from '../../../src/shared/insights';
import type { Harness, Session } from './helpers/harness';
import { VERSION_HEADERS, put, remove } from './helpers/harness';
import { startHarness } from './helpers/harness';
import { DATABASE_KINDS } from './helpers/test-database';

const cardivex = randomUUID();

/** An inquiry as the client stores and pushes it (its personal part opaque to the server). */
function inquiryRecord(
  received: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { id: string } {
  const id = randomUUID();
  return {
    id,
    reference: `MI-2026-ABC-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    status: 'answered',
    channel: 'phone',
    urgency: 'normal',
    receivedAt: `${received}T10:00:00.000+02:00`,
    dueDate: '2026-04-09',
    productIds: [cardivex],
    eventId: null,
    isOffLabel: false,
    requester: { type: 'physician', country: 'DE', preferredLanguage: 'de' },
    questions: [{ id: randomUUID(), category: 'interactions', linkedDocumentIds: [] }],
    createdAt: `${received}T10:00:00.000+02:00`,
    updatedAt: `${received}T10:00:00.000+02:00`,
    personal: { requester: 'sealed-for-the-client', questions: 'sealed', notes: 'sealed' },
    ...overrides,
  };
}

describe.each(DATABASE_KINDS)('GET /api/v1/insights on %s', (kind) => {
  let harness: Harness;
  let specialist: Session;
  let officer: Session;
  let mutationCounter = 0;
  const mutationId = (): number => (mutationCounter += 1);

  const getInsights = (session: Session, query: string) =>
    harness.app.inject({
      method: 'GET',
      url: `/api/v1/insights?${query}`,
      headers: { ...VERSION_HEADERS, authorization: `Bearer ${session.token}` },
    });

  beforeAll(async () => {
    harness = await startHarness(kind);
    specialist = await harness.session('mi-specialist');
    officer = await harness.session('field-officer');
    // Two officers' inquiries: the team view sees both. Answered Thursday before Easter →
    // Tuesday after Easter Monday: 1 business day in the German calendar.
    const mine = inquiryRecord('2026-04-02', {
      updatedAt: '2026-04-07T15:00:00.000+02:00',
      requester: { type: 'pharmacist', country: 'AT', preferredLanguage: 'de' },
    });
    const theirs = inquiryRecord('2026-04-01', { status: 'open', dueDate: '2026-04-03' });
    const deleted = inquiryRecord('2026-04-01');
    await harness.push(officer, [
      put(mutationId(), 'inquiries', mine),
      put(mutationId(), 'inquiries', deleted),
    ]);
    await harness.push(specialist, [
      put(mutationId(), 'inquiries', theirs),
      put(mutationId(), 'inquiries', { id: randomUUID(), status: 'open' }), // not an inquiry shape
    ]);
    // Products are the content approvers' to write.
    const approver = await harness.session('content-approver');
    await harness.push(approver, [
      put(mutationId(), 'products', { id: cardivex, brandName: 'Cardivex' }),
    ]);
    const removed = await harness.push(officer, [
      remove(mutationId(), 'inquiries', deleted.id, null),
    ]);
    expect(removed.results[0]?.status).toBe('applied');
  });
  afterAll(async () => {
    await harness.close();
  });

  it('computes the team dashboard with the shared aggregation, over the affiliate calendar', async () => {
    const response = await getInsights(
      specialist,
      'from=2026-04-01&to=2026-04-30&today=2026-04-10&calendar=DE',
    );
    expect(response.statusCode).toBe(200);
    const body: InsightsResponse = insightsResponseSchema.parse(response.json());
    expect(body.dashboard.totals.inquiries).toBe(2);
    expect(body.skippedRecords).toBe(1);
    expect(body.dashboard.serviceLevel.medianBusinessDays).toBe(1);
    expect(body.dashboard.serviceLevel.overdue).toBe(1);
    expect(body.dashboard.names.products[cardivex]).toBe('Cardivex');
    expect(
      body.dashboard.breakdowns.countries.map((entry) => [entry.country, entry.count]),
    ).toEqual([
      ['AT', 1],
      ['DE', 1],
    ]);
  });

  it('applies the filters of the query', async () => {
    const response = await getInsights(
      specialist,
      'from=2026-04-01&to=2026-04-30&country=AT&today=2026-04-10&calendar=DE',
    );
    expect(insightsResponseSchema.parse(response.json()).dashboard.totals.inquiries).toBe(1);
  });

  it('refuses roles without the team view, and bad queries with the reasons', async () => {
    const forbidden = await getInsights(officer, 'today=2026-04-10&calendar=DE');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ error: 'forbidden' });
    const bad = await getInsights(
      specialist,
      'from=2026-05-01&to=2026-04-01&today=2026-04-10&calendar=DE',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid-request', details: [{ path: 'to' }] });
    const unknownCalendar = await getInsights(specialist, 'today=2026-04-10&calendar=XX');
    expect(unknownCalendar.statusCode).toBe(400);
    expect(unknownCalendar.json<{ message: string }>().message).toContain('country XX');
    const anonymous = await harness.app.inject({
      method: 'GET',
      url: '/api/v1/insights?today=2026-04-10&calendar=DE',
      headers: VERSION_HEADERS,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
