import { describe, expect, it } from 'vitest';
import { chooseLetterLanguage, type LanguageVariant } from '../../../../src/shared/documents';

function variant(
  group: string,
  language: string,
  overrides: Partial<LanguageVariant> = {},
): LanguageVariant {
  return {
    id: `01950000-0000-7000-8000-${group.padStart(6, '0')}${language.padEnd(6, '0')}`.slice(0, 36),
    reference: `SRD-${group}-${language.toUpperCase()}`,
    title: `Document ${group} (${language})`,
    variantGroupId: `group-${group}`,
    language,
    status: 'approved',
    effectiveDate: '2025-01-01',
    reviewDate: '2027-01-01',
    deleted: false,
    ...overrides,
  };
}

const periop = [variant('1', 'en'), variant('1', 'de'), variant('1', 'fr')];
const renal = [variant('2', 'en'), variant('2', 'fr')];
const today = '2026-03-16';

describe('the letter’s language', () => {
  it('is the requester’s language when every document used exists in it', () => {
    const choice = chooseLetterLanguage({
      preferredLanguage: 'fr-CA',
      selected: [periop[0]!, renal[0]!],
      variants: [...periop, ...renal],
      today,
    });
    expect(choice).toMatchObject({ kind: 'preferred', language: 'fr' });
    expect(choice.kind === 'preferred' && choice.documents.map((d) => d.reference)).toEqual([
      'SRD-1-FR',
      'SRD-2-FR',
    ]);
  });

  it('asks the officer, naming what is missing and what is possible, when one lacks a variant', () => {
    const choice = chooseLetterLanguage({
      preferredLanguage: 'de',
      selected: [periop[0]!, renal[0]!],
      variants: [...periop, ...renal],
      today,
    });
    expect(choice).toEqual({
      kind: 'officer-must-choose',
      reason: 'variants-missing',
      preferredLanguage: 'de',
      missing: [{ variantGroupId: 'group-2', title: 'Document 2 (en)', reference: 'SRD-2-EN' }],
      availableLanguages: ['en', 'fr'],
    });
  });

  it('does not count a variant that is expired or not approved', () => {
    const variants = [
      variant('1', 'en'),
      variant('1', 'es', { reviewDate: '2026-01-01' }),
      variant('1', 'de', { status: 'in-review' }),
    ];
    const choice = chooseLetterLanguage({
      preferredLanguage: 'es',
      selected: [variants[0]!],
      variants,
      today,
    });
    expect(choice).toMatchObject({ kind: 'officer-must-choose', availableLanguages: ['en'] });
  });

  it('asks the officer when the requester’s language has no letter templates', () => {
    const choice = chooseLetterLanguage({
      preferredLanguage: 'it',
      selected: [periop[0]!],
      variants: periop,
      today,
    });
    expect(choice).toMatchObject({
      kind: 'officer-must-choose',
      reason: 'language-not-supported',
      availableLanguages: ['en', 'de', 'fr'],
    });
  });
});
