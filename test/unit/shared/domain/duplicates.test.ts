import { describe, expect, it } from 'vitest';
import {
  findDuplicates,
  normaliseEmail,
  normaliseName,
  textSimilarity,
} from '../../../../src/shared/domain';
import type { DuplicateSubject } from '../../../../src/shared/domain';

const trombexa = '01930000-0000-7000-8000-0000000000c1';
const cardivex = '01930000-0000-7000-8000-0000000000c2';

const earlier: DuplicateSubject = {
  id: '01930000-0000-7000-8000-000000000201',
  receivedAt: '2026-03-02T09:00:00.000+01:00',
  productIds: [trombexa],
  email: 'm.osei@example.com',
  name: 'Dr. Michael Osei',
  questionTexts: [
    'What data exist for Trombexa as VTE prophylaxis after total knee replacement? We are reviewing our orthopaedic protocol.',
  ],
};

function subject(overrides: Partial<DuplicateSubject> = {}): DuplicateSubject {
  return {
    id: null,
    receivedAt: '2026-03-03T15:00:00.000+01:00',
    productIds: [trombexa],
    email: 'M.Osei@Example.com ',
    name: 'Michael Osei',
    questionTexts: [
      'Do you have data on Trombexa for VTE prophylaxis after knee replacement surgery?',
    ],
    ...overrides,
  };
}

const options = { windowDays: 30 };

describe('duplicate matching', () => {
  it('finds the same requester asking about the same product in similar words', () => {
    const [match] = findDuplicates(subject(), [earlier], options);
    expect(match).toMatchObject({ id: earlier.id, matchedOn: 'email' });
    expect(match?.similarity).toBeGreaterThan(0.4);
  });

  it('matches on the name when there is no e-mail: titles, case, accents and order aside', () => {
    expect(normaliseName('Prof. Dr. Müller, Anna')).toBe(normaliseName('anna MULLER'));
    expect(normaliseEmail('  Erika@Example.ORG')).toBe('erika@example.org');
    const byName = findDuplicates(
      subject({ email: null, name: 'Osei, Michael' }),
      [earlier],
      options,
    );
    expect(byName.map((match) => match.matchedOn)).toEqual(['name']);
  });

  it('ignores another requester, another product, an old inquiry and another question', () => {
    const cases: Partial<DuplicateSubject>[] = [
      { email: 'someone@example.com', name: 'Someone Else' },
      { productIds: [cardivex] },
      { receivedAt: '2026-04-20T09:00:00.000+02:00' },
      { questionTexts: ['How should the tablets be stored when travelling to a hot country?'] },
    ];
    for (const overrides of cases) {
      expect(findDuplicates(subject(overrides), [earlier], options)).toEqual([]);
    }
  });

  it('honours the configured window, both ways, and never matches an inquiry with itself', () => {
    const late = subject({ receivedAt: '2026-03-12T09:00:00.000+01:00' });
    expect(findDuplicates(late, [earlier], { windowDays: 7 })).toEqual([]);
    expect(findDuplicates(late, [earlier], { windowDays: 10 })).toHaveLength(1);
    expect(findDuplicates({ ...earlier }, [earlier], options)).toEqual([]);
  });

  it('scores text similarity from 0 to 1, whatever the script', () => {
    expect(textSimilarity('Dosis bei Niereninsuffizienz', 'dosis bei niereninsuffizienz')).toBe(1);
    expect(textSimilarity('腎機能障害での用量', '腎機能障害での用量は？')).toBeGreaterThan(0.7);
    expect(textSimilarity('storage', '')).toBe(0);
  });
});
