import { describe, expect, it } from 'vitest';
import { createInquiries, deleteInquiry, queryInquiries } from '../../../src/renderer/src/data';
import type { InquiryQuery, MedinfoDatabase } from '../../../src/renderer/src/data';
import type { Inquiry, NewInquiry } from '../../../src/shared/schemas';
import { createId } from '../../../src/shared/domain';
import { sampleInquiry, testIds } from '../shared/fixtures';
import { actorAt, openTestStore } from './store-fixtures';

const countries = ['DE', 'FR', 'US'] as const;
const statuses = ['open', 'in-progress', 'answered', 'closed'] as const;
const otherProduct = '01930000-0000-7000-8000-0000000000c2';

/** 60 inquiries, one per hour from 1 March, cycling countries, statuses and products. */
function inputs(): NewInquiry[] {
  return Array.from({ length: 60 }, (_, index) => {
    const hour = new Date(Date.UTC(2026, 2, 1, index)).toISOString().slice(0, 19);
    const questionId = createId();
    return sampleInquiry({
      receivedAt: `${hour}.000+00:00`,
      dueDate: index < 30 ? '2026-03-04' : '2026-03-20',
      status: statuses[index % statuses.length],
      requester: {
        type: index % 5 === 0 ? 'pharmacist' : 'physician',
        country: countries[index % 3] ?? 'DE',
        preferredLanguage: 'en',
      },
      productIds: index % 2 === 0 ? [testIds.product] : [testIds.product, otherProduct],
      questions: [
        {
          id: questionId,
          category: index % 7 === 0 ? 'storage-stability' : 'interactions',
          linkedDocumentIds: [],
        },
      ],
      personal: {
        requester: {
          name: `Dr. Number ${index}`,
          specialty: null,
          institution: index === 42 ? 'Hôpital Saint-Éloi' : null,
          email: null,
          phone: null,
          address: null,
        },
        questions: [{ questionId, text: `Question ${index} about clarithromycin` }],
        notes: '',
      },
    });
  });
}

async function store(): Promise<{ db: MedinfoDatabase; all: Inquiry[] }> {
  const db = await openTestStore();
  const all = await createInquiries(db, inputs(), actorAt());
  return { db, all };
}

async function readAll(
  db: MedinfoDatabase,
  query: Omit<InquiryQuery, 'limit' | 'today'>,
  limit = 7,
): Promise<Inquiry[]> {
  const found: Inquiry[] = [];
  let afterKey: string | null = null;
  do {
    const page = await queryInquiries(db, { ...query, afterKey, limit, today: '2026-03-10' });
    found.push(...page.inquiries);
    afterKey = page.nextKey;
  } while (afterKey !== null);
  return found;
}

const newest = (left: Inquiry, right: Inquiry): number =>
  Date.parse(right.receivedAt) - Date.parse(left.receivedAt);

describe('the filtered inquiry list', () => {
  it('pages every match once, newest first, for any combination of filters', async () => {
    const { db, all } = await store();
    const filters = [
      {},
      { country: 'FR' },
      { statuses: ['open', 'answered'] as const },
      { productId: otherProduct, country: 'US' },
      { category: 'storage-stability' as const },
      { requesterType: 'pharmacist' as const, statuses: ['closed'] as const },
    ];
    for (const filter of filters) {
      const expected = all
        .filter((inquiry) => (filter.country ? inquiry.requester.country === filter.country : true))
        .filter((inquiry) =>
          filter.statuses ? (filter.statuses as readonly string[]).includes(inquiry.status) : true,
        )
        .filter((inquiry) =>
          filter.productId ? inquiry.productIds.includes(filter.productId) : true,
        )
        .filter((inquiry) =>
          filter.category ? inquiry.questions[0]?.category === filter.category : true,
        )
        .filter((inquiry) =>
          filter.requesterType ? inquiry.requester.type === filter.requesterType : true,
        )
        .sort(newest)
        .map((inquiry) => inquiry.reference);
      const found = await readAll(db, { filter, sort: 'received-newest' });
      expect(found.map((inquiry) => inquiry.reference)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('sorts oldest first and by due date, and bounds the receipt dates', async () => {
    const { db, all } = await store();
    const oldest = await readAll(db, { filter: {}, sort: 'received-oldest' });
    expect(oldest.map((inquiry) => inquiry.id)).toEqual(
      [...all]
        .sort(newest)
        .reverse()
        .map((inquiry) => inquiry.id),
    );
    const byDue = await readAll(db, { filter: { country: 'DE' }, sort: 'due-soonest' });
    expect(byDue.map((inquiry) => inquiry.dueDate)).toEqual(
      [...byDue.map((inquiry) => inquiry.dueDate)].sort(),
    );
    const secondDay = await readAll(db, {
      filter: {
        receivedFromUtc: '2026-03-02T00:00:00.000Z',
        receivedBeforeUtc: '2026-03-03T00:00:00.000Z',
      },
      sort: 'received-newest',
    });
    expect(secondDay).toHaveLength(24);
  });

  it('shows overdue inquiries: still needing work and due before today', async () => {
    const { db, all } = await store();
    const overdue = await readAll(db, { filter: { isOverdue: true }, sort: 'due-soonest' });
    const expected = all.filter(
      (inquiry) =>
        inquiry.dueDate === '2026-03-04' && ['open', 'in-progress'].includes(inquiry.status),
    );
    expect(overdue.map((inquiry) => inquiry.id).sort()).toEqual(
      expected.map((inquiry) => inquiry.id).sort(),
    );
  });

  it('searches question text and requester in memory, accents and case aside', async () => {
    const { db } = await store();
    const found = await readAll(db, { filter: {}, sort: 'received-newest', search: 'saint eloi' });
    expect(found.map((inquiry) => inquiry.personal.requester.name)).toEqual(['Dr. Number 42']);
    const byText = await readAll(db, {
      filter: { country: 'FR' },
      sort: 'received-newest',
      search: 'QUESTION 13 clarithro',
    });
    expect(byText.map((inquiry) => inquiry.personal.requester.name)).toEqual(['Dr. Number 13']);
  });

  it('leaves deleted inquiries out and stops a sparse scan at its budget with a key to go on', async () => {
    const { db, all } = await store();
    const target = all[59];
    await deleteInquiry(db, target?.id ?? '', actorAt());
    const found = await readAll(db, { filter: {}, sort: 'received-newest' }, 50);
    expect(found).toHaveLength(59);
    expect(found.some((inquiry) => inquiry.id === target?.id)).toBe(false);
    // Dr. Number 42 is the 17th newest: a budget of 10 rows returns an empty page to go on from.
    const query = {
      filter: {},
      search: 'saint eloi',
      sort: 'received-newest',
      today: '2026-03-10',
      limit: 10,
      scanBudget: 10,
    } as const;
    const first = await queryInquiries(db, query);
    expect(first).toMatchObject({ inquiries: [], scanned: 10 });
    expect(first.nextKey).not.toBeNull();
    const second = await queryInquiries(db, { ...query, afterKey: first.nextKey });
    expect(second.inquiries.map((inquiry) => inquiry.personal.requester.name)).toEqual([
      'Dr. Number 42',
    ]);
  });
});
