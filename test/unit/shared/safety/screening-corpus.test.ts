import { describe, expect, it } from 'vitest';
import { screenText } from '../../../../src/shared/safety/screen';
import {
  corpus,
  evaluateCorpus,
  formatEvaluation,
  requiredTypes,
  signalType,
} from './screening-evaluation';

const languages = ['en', 'de', 'fr', 'es'] as const;

describe('the screening corpus', () => {
  it('has at least 160 labelled sentences with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(160);
    expect(new Set(corpus.map((entry) => entry.id)).size).toBe(corpus.length);
  });

  it.each(languages)('covers every kind and situation, and negatives, in %s', (language) => {
    const entries = corpus.filter((entry) => entry.language === language);
    const covered = new Set(entries.flatMap((entry) => entry.expected.map(signalType)));
    expect(requiredTypes.filter((type) => !covered.has(type))).toEqual([]);
    expect(entries.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(
      12,
    );
  });
});

describe('screenText on the corpus', () => {
  const evaluation = evaluateCorpus(screenText);

  it('finds at least 90 % of the expected signals overall', () => {
    expect(evaluation.overall.recall, formatEvaluation(evaluation)).toBeGreaterThanOrEqual(0.9);
  });

  it('flags at most 5 % of negative sentences', () => {
    expect(
      evaluation.overall.negativeFalsePositiveRate,
      formatEvaluation(evaluation),
    ).toBeLessThanOrEqual(0.05);
  });

  it('adds a spurious signal type to at most 5 % of positive sentences', () => {
    expect(evaluation.overall.spuriousRate, formatEvaluation(evaluation)).toBeLessThanOrEqual(0.05);
  });

  it.each(languages)('keeps recall in %s at 85 % or more', (language) => {
    expect(evaluation.byLanguage[language]?.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('reports every signal at the words it matched', () => {
    for (const entry of corpus) {
      for (const signal of screenText(entry.text)) {
        expect(entry.text.slice(signal.start, signal.end), entry.id).toBe(signal.matchedText);
      }
    }
  });
});
