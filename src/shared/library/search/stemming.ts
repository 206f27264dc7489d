import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { foldTerm } from './text';

/** The languages the library stems (the app's four UI languages). */
export const stemLanguages = ['en', 'de', 'fr', 'es'] as const;
export type StemLanguage = (typeof stemLanguages)[number];

const stemmers: Record<StemLanguage, (word: string) => string> = {
  en: englishStemmer,
  de: germanStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
};

/** `fr-CA` → `fr`; null for a language the library does not stem. */
export function stemLanguageOf(language: string): StemLanguage | null {
  const base = language.slice(0, 2);
  return stemLanguages.find((candidate) => candidate === base) ?? null;
}

/** Stems lower-case words, remembering each answer: a library repeats its vocabulary. */
export type Stemmer = (lowerWord: string, language: StemLanguage | null) => string;

/**
 * A memoising stemmer. The Snowball stemmers get the word with its accents (their rules need
 * them); the stem is folded like every index term. Words with digits are not stemmed (`20mg`).
 */
export function createStemmer(): Stemmer {
  const caches = new Map<StemLanguage, Map<string, string>>();
  return (lowerWord, language) => {
    if (language === null || /\d/.test(lowerWord)) return foldTerm(lowerWord);
    let cache = caches.get(language);
    if (cache === undefined) {
      cache = new Map();
      caches.set(language, cache);
    }
    let stem = cache.get(lowerWord);
    if (stem === undefined) {
      stem = foldTerm(stemmers[language](lowerWord));
      cache.set(lowerWord, stem);
    }
    return stem;
  };
}
