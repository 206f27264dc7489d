import { describe, expect, it } from 'vitest';
import {
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
