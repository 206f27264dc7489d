import { MedinfoDatabase } from '../../src/renderer/src/data/db';
import type { InquiryRow } from '../../src/renderer/src/data/db';
import { queryInquiries } from '../../src/renderer/src/data/inquiry-query';
import { syncedTables } from '../../src/renderer/src/data/synced-tables';
import { activeStatuses, createId, planInquiryQuery } from '../../src/shared/domain';
import type { InquiryFilter, InquirySort } from '../../src/shared/domain';
import {
  questionCategorySchema,
  requesterTypeSchema,
  withInquiryDefaults,
} from '../../src/shared/schemas';
import type { Inquiry } from '../../src/shared/schemas';
import {
  boothCaptureSteps,
  countInteractions,
} from '../../src/renderer/src/features/inquiries/booth/capture-steps';
import { makeInquiries } from './inquiry-factory';
import type { BenchResult, BenchScenario } from './scenario';
import { timeIt } from './scenario';

const countries = ['DE', 'FR', 'GB', 'US', 'ES', 'IT', 'AT', 'NL', 'CH', 'SE'] as const;
const today = '2026-03-15';
const userId = '01930000-0000-7000-8000-0000000000aa';

/** A deterministic pseudo-random pick (Knuth's multiplicative hash), uncorrelated across salts. */
function pick<T>(options: readonly T[], index: number, salt: number): T | undefined {
  const hash = Math.imul(index + salt * 7_919, 2_654_435_761) >>> 0;
  return options[hash % options.length];
}

/** `count` stored rows with varied countries, requester types and categories, as raw rows. */
function makeRows(count: number): InquiryRow[] {
  return makeInquiries(count).map((input, index) => {
    const question = input.questions[0];
    const category = pick(questionCategorySchema.options, index, 1);
    const record: Inquiry = withInquiryDefaults({
      ...input,
      id: createId({ msecs: Date.parse(input.receivedAt) }),
      reference: `MI-2026-BNC-${String(index + 1).padStart(6, '0')}`,
      createdAt: input.receivedAt,
      updatedAt: input.receivedAt,
      createdBy: userId,
      updatedBy: userId,
      serverRevision: null,
      deleted: false,
      assignedTo: index % 7 === 0 ? userId : null,
      requester: {
        type:
          requesterTypeSchema.options[index % requesterTypeSchema.options.length] ?? 'physician',
        country: countries[index % countries.length] ?? 'DE',
        preferredLanguage: 'en',
      },
      questions: question && category ? [{ ...question, category }] : [],
    });
    // as: the inquiries table's row fields are exactly these (synced-tables.ts).
    const fields = syncedTables.inquiries.rowFields(record) as Pick<
      InquiryRow,
      'receivedAtUtc' | 'updatedAtUtc' | 'filterKeys'
    >;
    return { ...record, ...fields };
  });
}

async function storeWith(count: number): Promise<{ db: MedinfoDatabase; productId: string }> {
  const db = new MedinfoDatabase(`bench-list-${process.pid}-${count}`);
  await db.open();
  const rows = makeRows(count);
  for (let start = 0; start < rows.length; start += 5_000) {
    await db.inquiries.bulkPut(rows.slice(start, start + 5_000));
  }
  return { db, productId: rows[0]?.productIds[0] ?? '' };
}

type Case = { metric: string; filter: InquiryFilter; sort: InquirySort; search?: string };

function cases(productId: string): Case[] {
  return [
    { metric: 'first render (newest 100)', filter: {}, sort: 'received-newest' },
    { metric: 'filter: one status', filter: { statuses: ['answered'] }, sort: 'received-newest' },
    {
      metric: 'filter: country + product',
      filter: { country: 'FR', productId },
      sort: 'received-newest',
    },
    {
      metric: 'filter: category + type + status',
      filter: { category: 'interactions', requesterType: 'pharmacist', statuses: ['closed'] },
      sort: 'received-newest',
    },
    {
      metric: 'view: my open',
      filter: { assignedTo: userId, statuses: [...activeStatuses] },
      sort: 'received-newest',
    },
    { metric: 'view: overdue, due soonest', filter: { isOverdue: true }, sort: 'due-soonest' },
  ];
}

/** Median of `runs` timings of one page query (after one warm-up). */
async function medianPage(db: MedinfoDatabase, test: Case, runs = 15): Promise<number> {
  const query = { filter: test.filter, sort: test.sort, search: test.search, today, limit: 100 };
  await queryInquiries(db, query);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await timeIt(() => queryInquiries(db, query)));
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The naive alternative: read every row, filter and sort in memory, take 100. */
async function fullScan(db: MedinfoDatabase, test: Case): Promise<number> {
  const plan = planInquiryQuery(test.filter, test.sort, today);
  return timeIt(async () => {
    const rows = await db.inquiries.toArray();
    rows
      .filter(plan.matches)
      .sort((left, right) => right.receivedAtUtc.localeCompare(left.receivedAtUtc))
      .slice(0, 100);
  });
}

const small = 1_000;
const middle = 10_000;
const large = 100_000;

export const inquiryList: BenchScenario = {
  name: 'inquiry-list',
  description: `inquiry list page query (filter-key index, key paging, 100 rows) with 100,000 stored inquiries vs 1,000 and 10,000; booth capture interactions`,
  run: async () => {
    const smallStore = await storeWith(small);
    const middleStore = await storeWith(middle);
    const largeStore = await storeWith(large);
    const results: BenchResult[] = [];
    // Every store comes from the same generator: the product ids are the same in each.
    for (const test of cases(largeStore.productId)) {
      const atLarge = await medianPage(largeStore.db, test);
      const row = (versus: string, baseline: number): BenchResult => ({
        scenario: 'inquiry-list',
        metric: `${test.metric}: 100k vs ${versus}`,
        ours: atLarge,
        baseline,
        unit: 'ms',
        isLowerBetter: true,
      });
      results.push(row('1k', await medianPage(smallStore.db, test)));
      results.push(row('10k', await medianPage(middleStore.db, test)));
    }
    const combined = cases(largeStore.productId)[3];
    if (combined) {
      results.push({
        scenario: 'inquiry-list',
        metric: 'combined filter at 100k vs full scan',
        ours: await medianPage(largeStore.db, combined, 3),
        baseline: await fullScan(largeStore.db, combined),
        unit: 'ms',
        isLowerBetter: true,
      });
    }
    await Promise.all([smallStore.db.delete(), middleStore.db.delete(), largeStore.db.delete()]);
    results.push({
      scenario: 'booth-capture',
      metric: 'interactions for a complete booth inquiry vs without booth shortcuts',
      ours: countInteractions(boothCaptureSteps, true),
      baseline: countInteractions(boothCaptureSteps, false),
      unit: 'interactions',
      isLowerBetter: true,
    });
    return results;
  },
};
