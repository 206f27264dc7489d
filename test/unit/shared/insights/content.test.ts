import { describe, expect, it } from 'vitest';
import { computeContent, computeGaps, noFilters, viewOf } from '../../../../src/shared/insights';
import type { ResponseRecord } from '../../../../src/shared/insights';
import { document, inquiry, products } from './fixtures';

function response(
  inquiryId: string,
  questionId: string,
  answeredWith: ResponseRecord['answeredWith'],
): ResponseRecord {
  return {
    inquiryId,
    questionId,
    answeredWith,
    documentIds: answeredWith === 'srd' ? ['srd-1'] : [],
    at: '2026-04-03T10:00:00.000+02:00',
  };
}

describe('content gaps', () => {
  const custom = inquiry('2026-04-01', {
    id: 'custom',
    status: 'answered',
    categories: ['interactions'],
  });
  const fromSrd = inquiry('2026-04-01', {
    id: 'srd',
    status: 'answered',
    categories: ['interactions'],
  });
  const nothing = inquiry('2026-04-02', {
    id: 'nothing',
    categories: ['special-populations'],
    productIds: [products.cardivex, products.glyconor],
  });
  const linked = inquiry('2026-04-02', { id: 'linked', categories: ['special-populations'] });
  const cancelled = inquiry('2026-04-02', {
    id: 'cancelled',
    status: 'cancelled',
    categories: ['comparative'],
  });
  const withLink = {
    ...linked,
    questions: linked.questions.map((question) => ({ ...question, linkedDocumentIds: ['srd-2'] })),
  };
  const responses = [response('custom', 'custom-q1', 'custom'), response('srd', 'srd-q1', 'srd')];
  const views = [custom, fromSrd, nothing, withLink, cancelled].map((item) =>
    viewOf(item, noFilters),
  );

  it('groups questions answered with custom text or with no document by product and topic', () => {
    const gaps = computeGaps(views, responses).map(
      ({ productId, category, custom: customCount, noDocument, inquiryIds }) => ({
        productId,
        category,
        custom: customCount,
        noDocument,
        inquiryIds,
      }),
    );
    expect(gaps).toEqual([
      {
        productId: products.cardivex,
        category: 'interactions',
        custom: 1,
        noDocument: 0,
        inquiryIds: ['custom'],
      },
      {
        productId: products.cardivex,
        category: 'special-populations',
        custom: 0,
        noDocument: 1,
        inquiryIds: ['nothing'],
      },
      {
        productId: products.glyconor,
        category: 'special-populations',
        custom: 0,
        noDocument: 1,
        inquiryIds: ['nothing'],
      },
    ]);
  });

  it('lets a response record overrule a missing link: answered from an SRD is no gap', () => {
    const unlinkedButAnswered = viewOf(
      inquiry('2026-04-01', { id: 'answered-srd', categories: ['comparative'] }),
      noFilters,
    );
    expect(
      computeGaps([unlinkedButAnswered], [response('answered-srd', 'answered-srd-q1', 'srd')]),
    ).toEqual([]);
  });
});

describe('document use, never used and expiring', () => {
  const documents = [
    document('srd-1'),
    document('srd-2'),
    document('unused'),
    document('expiring', { reviewDate: '2026-05-31' }),
    document('retired-unused', { status: 'retired' }),
    document('glyconor-unused', { productIds: [products.glyconor] }),
  ];
  const uses = [
    {
      documentId: 'srd-1',
      inquiryId: 'a',
      questionId: null,
      kind: 'sent' as const,
      at: '2026-04-02T09:00:00.000+02:00',
    },
    {
      documentId: 'srd-1',
      inquiryId: 'b',
      questionId: null,
      kind: 'verbal' as const,
      at: '2026-04-03T09:00:00.000+02:00',
    },
    {
      documentId: 'srd-2',
      inquiryId: 'c',
      questionId: null,
      kind: 'sent' as const,
      at: '2026-04-04T09:00:00.000+02:00',
    },
    {
      documentId: 'expiring',
      inquiryId: 'd',
      questionId: null,
      kind: 'sent' as const,
      at: '2025-12-01T09:00:00.000+01:00',
    },
  ];
  const inApril = (_use: unknown, date: string): boolean => date >= '2026-04-01';

  it('ranks uses in the period, sent and read out apart', () => {
    const content = computeContent(documents, uses, inApril, {
      today: '2026-04-10',
      productId: null,
    });
    expect(
      content.mostUsed.map(({ documentId, sent, verbal }) => [documentId, sent, verbal]),
    ).toEqual([
      ['srd-1', 1, 1],
      ['srd-2', 1, 0],
    ]);
  });

  it('lists sendable documents never used, narrowed by product', () => {
    expect(
      computeContent(documents, uses, inApril, { today: '2026-04-10', productId: null })
        .neverUsedIds,
    ).toEqual(['unused', 'glyconor-unused']);
    expect(
      computeContent(documents, uses, inApril, {
        today: '2026-04-10',
        productId: products.glyconor,
      }).neverUsedIds,
    ).toEqual(['glyconor-unused']);
  });

  it('lists documents whose review falls within 60 days', () => {
    const content = computeContent(documents, uses, inApril, {
      today: '2026-04-10',
      productId: null,
    });
    expect(content.expiring).toEqual([
      { documentId: 'expiring', reviewDate: '2026-05-31', daysLeft: 51 },
    ]);
    expect(
      computeContent(documents, uses, inApril, { today: '2026-03-31', productId: null }).expiring,
    ).toEqual([]);
  });
});
