import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../src/shared/i18n';
import {
  computeBreakdowns,
  computeDashboard,
  computeEventReport,
  computeGaps,
  computeOffLabelThemes,
  computeRecurringQuestions,
  dashboardFigure,
  figureToCsv,
  inquiriesLink,
  isCountedInquiry,
  matchesDimensions,
  noFilters,
  translatorFor,
  viewOf,
} from '../../../../src/shared/insights';
import { input, inquiry, products } from './fixtures';

const t = translatorFor(catalogs.en);

const inquiries = [
  inquiry('2026-03-02', { id: 'mon-de', categories: ['interactions', 'dosing-administration'] }),
  inquiry('2026-03-04', {
    id: 'wed-at-nurse',
    requester: { type: 'nurse', country: 'AT' },
    channel: 'email',
  }),
  inquiry('2026-03-17', {
    id: 'glyconor',
    productIds: [products.glyconor],
    categories: ['storage-stability'],
  }),
  inquiry('2026-03-18', { id: 'booth', channel: 'booth', eventId: 'event-esc' }),
  inquiry('2026-03-18', { id: 'draft', status: 'draft' }),
  inquiry('2026-03-18', { id: 'duplicate', status: 'duplicate' }),
  inquiry('2026-03-19', { id: 'deleted', deleted: true }),
  inquiry('2026-04-01', { id: 'april' }),
];
const march = { ...noFilters, from: '2026-03-01', to: '2026-03-31' };
const esc = {
  id: 'event-esc',
  name: 'ESC Congress 2026',
  city: 'München',
  country: 'DE',
  startDate: '2026-03-17',
  endDate: '2026-03-19',
  boothLabel: 'B2-214',
  deleted: false,
};

describe('computeDashboard', () => {
  it('counts the period only, without drafts, duplicates and deleted inquiries', () => {
    const dashboard = computeDashboard(input({ inquiries }), march, '2026-04-02');
    expect(dashboard.totals.inquiryIds).toEqual(['mon-de', 'wed-at-nurse', 'glyconor', 'booth']);
    expect(dashboard.totals.questions).toBe(5);
  });

  it('buckets volume by ISO week, keeping the empty weeks', () => {
    const dashboard = computeDashboard(
      input({ inquiries }),
      { ...march, granularity: 'week' },
      '2026-04-02',
    );
    expect(dashboard.volume.map(({ bucket, count }) => [bucket, count])).toEqual([
      ['2026-02-23', 0], // the week of Sunday 1 March
      ['2026-03-02', 2],
      ['2026-03-09', 0],
      ['2026-03-16', 2],
      ['2026-03-23', 0],
      ['2026-03-30', 0],
    ]);
  });

  it('picks days for a month and months for a year when the granularity is automatic', () => {
    expect(computeDashboard(input({ inquiries }), march, '2026-04-02').granularity).toBe('day');
    const year = { ...noFilters, from: '2025-04-01', to: '2026-03-31' };
    const dashboard = computeDashboard(input({ inquiries }), year, '2026-04-02');
    expect(dashboard.granularity).toBe('month');
    expect(dashboard.volume).toHaveLength(12);
    expect(dashboard.volume.at(-1)).toMatchObject({ bucket: '2026-03', count: 4 });
  });

  it('applies product, country, event, requester type and channel filters', () => {
    const ids = (filters: Partial<typeof march>): string[] =>
      computeDashboard(input({ inquiries }), { ...march, ...filters }, '2026-04-02').totals
        .inquiryIds;
    expect(ids({ productId: products.glyconor })).toEqual(['glyconor']);
    expect(ids({ country: 'AT' })).toEqual(['wed-at-nurse']);
    expect(ids({ eventId: 'event-esc' })).toEqual(['booth']);
    expect(ids({ requesterType: 'nurse' })).toEqual(['wed-at-nurse']);
    expect(ids({ channel: 'booth' })).toEqual(['booth']);
  });

  it('gives in one pass what each figure computes on its own', () => {
    const data = input({ inquiries });
    const dashboard = computeDashboard(data, march, '2026-04-02');
    const views = inquiries
      .filter((item) => isCountedInquiry(item) && matchesDimensions(item, march))
      .map((item) => viewOf(item, march))
      .filter((view) => view.receivedDate >= '2026-03-01' && view.receivedDate <= '2026-03-31');
    expect(dashboard.breakdowns).toEqual(computeBreakdowns(views));
    expect(dashboard.gaps).toEqual(computeGaps(views, []));
    expect(dashboard.needs.offLabelThemes).toEqual(computeOffLabelThemes(views));
    expect(dashboard.needs.recurring).toEqual(computeRecurringQuestions(views));
  });

  it('caps the id lists when asked, keeping the counts exact', () => {
    const dashboard = computeDashboard(input({ inquiries }), march, '2026-04-02', { idLimit: 1 });
    expect(dashboard.totals.inquiries).toBe(4);
    expect(dashboard.totals.inquiryIds).toEqual(['mon-de']);
    expect(dashboard.breakdowns.countries[0]).toMatchObject({
      country: 'DE',
      count: 3,
      inquiryIds: ['mon-de'],
    });
  });
});

describe('figures and their exports', () => {
  it('shows a figure as a table with names, and exports exactly that table as CSV', () => {
    const dashboard = computeDashboard(input({ inquiries }), march, '2026-04-02');
    const table = dashboardFigure(dashboard, t, 'productCategory');
    expect(table.rows.map((row) => [row.cells.topic, row.cells.inquiries])).toEqual([
      ['Cardivex · Interactions', 3],
      ['Cardivex · Dosing and administration', 1],
      ['Glyconor · Storage and stability', 1],
    ]);
    expect(figureToCsv(table).split('\r\n')).toEqual([
      '\uFEFFProduct,Category,Inquiries', // the byte-order mark makes Excel read UTF-8
      'Cardivex,Interactions,3',
      'Cardivex,Dosing and administration,1',
      'Glyconor,Storage and stability,1',
      '',
    ]);
  });

  it('links a figure to its inquiries with the dashboard filters as context', () => {
    const link = inquiriesLink(['a', 'b'], 2, { ...march, country: 'AT' });
    expect(link).toEqual({
      pathname: '/inquiries',
      search: '?ids=a,b&from=2026-03-01&to=2026-03-31&country=AT',
    });
    const many = Array.from({ length: 600 }, (_, index) => `id-${index}`);
    const capped = inquiriesLink(many, 600, noFilters);
    expect(capped.search).toContain('&total=600');
    expect(capped.search.split('&')[0]?.split(',')).toHaveLength(500);
  });
});

describe('event report', () => {
  it('covers the booth inquiries of one congress, whenever they were received', () => {
    const report = computeEventReport(
      input({ inquiries, events: [esc] }),
      'event-esc',
      '2026-04-02',
    );
    expect(report.event.name).toBe('ESC Congress 2026');
    expect(report.dashboard.totals.inquiryIds).toEqual(['booth']);
    expect(report.dashboard.breakdowns.statuses).toEqual([
      { status: 'open', count: 1, inquiryIds: ['booth'] },
    ]);
  });

  it('refuses an unknown event', () => {
    expect(() => computeEventReport(input({ inquiries }), 'nope', '2026-04-02')).toThrow(
      /No event with the id nope/,
    );
  });
});
