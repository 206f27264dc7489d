import { describe, expect, it } from 'vitest';
import {
  computeDashboard,
  computeOffLabelThemes,
  computeRecurringQuestions,
  isRising,
  noFilters,
  viewOf,
} from '../../../../src/shared/insights';
import { input, inquiry, products } from './fixtures';

const april = { ...noFilters, from: '2026-04-01', to: '2026-04-30' };

function many(
  count: number,
  date: string,
  overrides: Parameters<typeof inquiry>[1],
): ReturnType<typeof inquiry>[] {
  return Array.from({ length: count }, () => inquiry(date, overrides));
}

describe('rising topics', () => {
  const inquiries = [
    // Cardivex interactions: 2 in March, 4 in April: +100 %, +2 → rising.
    ...many(2, '2026-03-10', { categories: ['interactions'] }),
    ...many(4, '2026-04-10', { categories: ['interactions'] }),
    // Cardivex dosing: 2 → 3 is +50 % but one inquiry more → not rising (guard).
    ...many(2, '2026-03-11', { categories: ['dosing-administration'] }),
    ...many(3, '2026-04-11', { categories: ['dosing-administration'] }),
    // Cardivex safety: none → 3: new, rising.
    ...many(3, '2026-04-12', { categories: ['safety-tolerability'] }),
    // Glyconor storage: 4 → 5 is +25 % → not rising.
    ...many(4, '2026-03-12', {
      categories: ['storage-stability'],
      productIds: [products.glyconor],
    }),
    ...many(5, '2026-04-12', {
      categories: ['storage-stability'],
      productIds: [products.glyconor],
    }),
    // Glyconor comparative: none → 2: below the minimum count.
    ...many(2, '2026-04-13', { categories: ['comparative'], productIds: [products.glyconor] }),
    // Before the previous period: ignored (it would make interactions look flat).
    ...many(5, '2026-02-10', { categories: ['interactions'] }),
  ];

  it('compares with the previous period of the same length', () => {
    const dashboard = computeDashboard(input({ inquiries }), april, '2026-04-30');
    expect(dashboard.previousPeriod).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('flags new topics and +50 % rises of at least 3 inquiries, with the ids behind them', () => {
    const dashboard = computeDashboard(input({ inquiries }), april, '2026-04-30');
    const rising = dashboard.needs.risingTopics.map(
      ({ productId, category, current, previous, rise }) => ({
        productId,
        category,
        current,
        previous,
        rise,
      }),
    );
    expect(rising).toEqual([
      {
        productId: products.cardivex,
        category: 'safety-tolerability',
        current: 3,
        previous: 0,
        rise: null,
      },
      { productId: products.cardivex, category: 'interactions', current: 4, previous: 2, rise: 1 },
    ]);
    const interactionIds = inquiries
      .filter(
        (item) =>
          item.receivedAt.startsWith('2026-04') && item.questions[0]?.category === 'interactions',
      )
      .map((item) => item.id);
    expect(dashboard.needs.risingTopics[1]?.inquiryIds).toEqual(interactionIds);
  });

  it('states the rule in one place', () => {
    expect(isRising(3, 0)).toBe(true);
    expect(isRising(2, 0)).toBe(false);
    expect(isRising(3, 2)).toBe(false);
    expect(isRising(6, 4)).toBe(true);
    expect(isRising(5, 4)).toBe(false);
  });

  it('finds no rising topic without a period to compare with', () => {
    const dashboard = computeDashboard(input({ inquiries }), noFilters, '2026-04-30');
    expect(dashboard.previousPeriod).toBeNull();
    expect(dashboard.needs.risingTopics).toEqual([]);
  });
});

describe('off-label themes and recurring questions', () => {
  it('groups off-label inquiries by product and the categories they ask about', () => {
    const views = [
      inquiry('2026-04-02', {
        id: 'paediatric',
        isOffLabel: true,
        categories: ['special-populations', 'off-label'],
      }),
      inquiry('2026-04-03', { id: 'question-only', categories: ['off-label'] }),
      inquiry('2026-04-03', { id: 'on-label', categories: ['special-populations'] }),
    ].map((item) => viewOf(item, noFilters));
    expect(
      computeOffLabelThemes(views).map(({ category, count, inquiryIds }) => ({
        category,
        count,
        inquiryIds,
      })),
    ).toEqual([
      { category: 'off-label', count: 2, inquiryIds: ['paediatric', 'question-only'] },
      { category: 'special-populations', count: 1, inquiryIds: ['paediatric'] },
    ]);
  });

  it('finds a topic asked again and again from one specialty or one country', () => {
    const views = [
      ...many(3, '2026-04-02', {
        specialty: 'Nephrology',
        categories: ['dosing-administration'],
        requester: { type: 'physician', country: 'AT' },
      }),
      inquiry('2026-04-03', { specialty: 'Cardiology', categories: ['dosing-administration'] }),
      ...many(2, '2026-04-03', { specialty: 'Cardiology', categories: ['interactions'] }),
    ].map((item) => viewOf(item, noFilters));
    const recurring = computeRecurringQuestions(views).map(
      ({ category, dimension, value, count, share }) => ({
        category,
        dimension,
        value,
        count,
        share,
      }),
    );
    expect(recurring).toEqual([
      {
        category: 'dosing-administration',
        dimension: 'country',
        value: 'AT',
        count: 3,
        share: 0.75,
      },
      {
        category: 'dosing-administration',
        dimension: 'specialty',
        value: 'Nephrology',
        count: 3,
        share: 0.75,
      },
    ]);
  });
});
