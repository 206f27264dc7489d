import { englishCues } from './english-cues';
import { englishEventRules } from './english-events';
import { englishProductUseRules } from './english-product-use';
import { englishSituationRules } from './english-situations';
import { frenchCues } from './french-cues';
import { frenchEventRules } from './french-events';
import { frenchProductUseRules } from './french-product-use';
import { frenchSituationRules } from './french-situations';
import { germanCues } from './german-cues';
import { germanEventRules } from './german-events';
import { germanProductUseRules } from './german-product-use';
import { germanSituationRules } from './german-situations';
import { spanishCues } from './spanish-cues';
import { spanishEventRules } from './spanish-events';
import { spanishProductUseRules } from './spanish-product-use';
import { spanishSituationRules } from './spanish-situations';
import type { FramingCues, LanguageLexicon } from './types';

/**
 * Every lexicon runs on every text: officers type mixed-language notes, and four languages of
 * regular expressions cost less than a language detector that would sometimes guess wrong.
 */
export const lexicons: readonly LanguageLexicon[] = [
  {
    language: 'en',
    rules: [...englishEventRules, ...englishProductUseRules, ...englishSituationRules],
    cues: englishCues,
  },
  {
    language: 'de',
    rules: [...germanEventRules, ...germanProductUseRules, ...germanSituationRules],
    cues: germanCues,
  },
  {
    language: 'fr',
    rules: [...frenchEventRules, ...frenchProductUseRules, ...frenchSituationRules],
    cues: frenchCues,
  },
  {
    language: 'es',
    rules: [...spanishEventRules, ...spanishProductUseRules, ...spanishSituationRules],
    cues: spanishCues,
  },
];

/** The cues of all languages merged, because one sentence may mix them. */
export type CombinedCues = {
  readonly scope: RegExp;
  readonly pseudoScope: RegExp;
  readonly clauseBreak: RegExp;
  readonly interrogativeOpener: RegExp;
  readonly informationRequest: RegExp;
  readonly experience: RegExp;
  readonly dataReference: RegExp;
  readonly personalReference: RegExp;
};

function merge(pick: (cues: FramingCues) => RegExp, flags: string): RegExp {
  return new RegExp(lexicons.map((lexicon) => `(?:${pick(lexicon.cues).source})`).join('|'), flags);
}

export const combinedCues: CombinedCues = {
  scope: merge((cues) => cues.scope, 'g'),
  pseudoScope: merge((cues) => cues.pseudoScope, 'g'),
  clauseBreak: merge((cues) => cues.clauseBreak, 'g'),
  interrogativeOpener: merge((cues) => cues.interrogativeOpener, ''),
  informationRequest: merge((cues) => cues.informationRequest, ''),
  experience: merge((cues) => cues.experience, ''),
  dataReference: merge((cues) => cues.dataReference, ''),
  personalReference: merge((cues) => cues.personalReference, ''),
};
