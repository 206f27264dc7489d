import { describe, expect, it } from 'vitest';
import {
  responsesOfInquiry,
  safetyReportFactsOf,
  documentUsesFromLinks,
  firstResponseTimes,
  normaliseSpecialty,
  toInsightsInquiry,
} from '../../../../src/shared/insights';
import { inquiry } from './fixtures';

describe('toInsightsInquiry', () => {
  const received = inquiry('2026-04-01', { id: 'a', status: 'answered' });

  it('takes the answer time from the first response record', () => {
    const responses = firstResponseTimes([
      {
        inquiryId: 'a',
        questionId: 'a-q1',
        answeredWith: 'srd',
        documentIds: [],
        at: '2026-04-03T09:00:00.000+02:00',
      },
      {
        inquiryId: 'a',
        questionId: 'a-q2',
        answeredWith: 'custom',
        documentIds: [],
        at: '2026-04-02T17:00:00.000+02:00',
      },
    ]);
    expect(toInsightsInquiry(received, responses).answeredAt).toBe('2026-04-02T17:00:00.000+02:00');
  });

  it('falls back to the last change of an inquiry answered later, never of one created answered', () => {
    const changedLater = { ...received, updatedAt: '2026-04-06T10:00:00.000+02:00' };
    expect(toInsightsInquiry(changedLater, new Map()).answeredAt).toBe(
      '2026-04-06T10:00:00.000+02:00',
    );
    expect(toInsightsInquiry(received, new Map()).answeredAt).toBeNull();
    const open = { ...changedLater, status: 'open' as const };
    expect(toInsightsInquiry(open, new Map()).answeredAt).toBeNull();
  });

  it('normalises specialties so "cardiology " and "Cardiology" group together', () => {
    expect(normaliseSpecialty('  cardiology ')).toBe('Cardiology');
    expect(normaliseSpecialty('CARDIOLOGY')).toBe('Cardiology');
    expect(normaliseSpecialty('')).toBeNull();
    expect(toInsightsInquiry(received, new Map(), 'general  practice').specialty).toBe(
      'General practice',
    );
  });

  it('implies uses from linked documents until the library records them', () => {
    const answered = {
      ...inquiry('2026-04-01', { id: 'b', answeredAt: '2026-04-02T10:00:00.000+02:00' }),
      preferredResponseMethod: 'verbal',
    };
    const linked = {
      ...answered,
      questions: answered.questions.map((question) => ({
        ...question,
        linkedDocumentIds: ['srd-1'],
      })),
    };
    expect(documentUsesFromLinks([linked])).toEqual([
      {
        documentId: 'srd-1',
        inquiryId: 'b',
        questionId: 'b-q1',
        kind: 'verbal',
        at: '2026-04-02T10:00:00.000+02:00',
      },
    ]);
    expect(documentUsesFromLinks([{ ...linked, answeredAt: null }])).toEqual([]);
  });
});

describe('what insights read from response records and safety reports', () => {
  it('counts a question answered from its linked SRD, and one answered with custom text', () => {
    const responses = responsesOfInquiry({
      id: 'inq-1',
      questions: [
        { id: 'q-1', category: 'dosing-administration', linkedDocumentIds: ['doc-a'] },
        { id: 'q-2', category: 'safety-tolerability', linkedDocumentIds: [] },
      ],
      responses: [{ sentAt: '2026-03-04T10:00:00.000+01:00', documentIds: ['doc-a'] }],
    });
    expect(responses).toEqual([
      {
        inquiryId: 'inq-1',
        questionId: 'q-1',
        answeredWith: 'srd',
        documentIds: ['doc-a'],
        at: '2026-03-04T10:00:00.000+01:00',
      },
      {
        inquiryId: 'inq-1',
        questionId: 'q-2',
        answeredWith: 'custom',
        documentIds: [],
        at: '2026-03-04T10:00:00.000+01:00',
      },
    ]);
  });

  it('takes a report’s forwarding time and PV’s first acknowledgement, and shows reconciliation', () => {
    const report = {
      id: 'sr-1',
      inquiryId: 'inq-1',
      awarenessAt: '2026-03-02T09:00:00.000+01:00',
      status: 'forwarded',
      forwarding: { at: '2026-03-02T15:00:00.000+01:00' },
      deleted: false,
    };
    const actions = [
      {
        reportId: 'sr-1',
        kind: 'acknowledged',
        occurredAt: '2026-03-04T08:00:00.000Z',
        deleted: false,
      },
      {
        reportId: 'sr-1',
        kind: 'acknowledged',
        occurredAt: '2026-03-03T08:00:00.000Z',
        deleted: false,
      },
      {
        reportId: 'sr-2',
        kind: 'reconciled',
        occurredAt: '2026-03-05T08:00:00.000Z',
        deleted: false,
      },
    ];
    expect(safetyReportFactsOf(report, actions)).toMatchObject({
      forwardedAt: '2026-03-02T15:00:00.000+01:00',
      acknowledgedAt: '2026-03-03T08:00:00.000Z',
      status: 'acknowledged',
    });
    const reconciled = [...actions, { ...actions[2]!, reportId: 'sr-1' }];
    expect(safetyReportFactsOf(report, reconciled).status).toBe('reconciled');
    expect(
      safetyReportFactsOf({ ...report, status: 'flagged', forwarding: null }, []),
    ).toMatchObject({ forwardedAt: null, acknowledgedAt: null, status: 'flagged' });
  });
});
