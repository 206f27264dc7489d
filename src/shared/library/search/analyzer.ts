import { createDrugNameIndex, type DrugNameIndex } from './drug-names';
import { editDistance } from './edit-distance';
import { createStemmer, stemLanguageOf, type StemLanguage, type Stemmer } from './stemming';
import { isStopword, isStopwordAnywhere } from './stopwords';
import { foldTerm, lowerWords } from './text';
import { phraseAdditions, type Vocabulary } from './vocabulary';

/**
 * Typo tolerance and prefix matching, shared with the bare index of the benchmark so that the
 * two differ only in what this module adds (stems, synonyms, abbreviations, filters):
 * no edits below 4 letters (too many words are 1 edit apart), 1 up to 5 letters, then 2.
 */
export function fuzzyDistanceFor(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 6 ? 1 : 2;
}

/** Prefix matching from 3 letters: while typing, `car` already finds `cardivex`. */
export function isPrefixSearchedFor(term: string): boolean {
  return term.length >= 3;
}

/** One way a query word may appear in the index. */
export type QueryVariant = { term: string; fuzzy: number | false; prefix: boolean; boost: number };
/** A query word and its variants (as typed, stems, corrected drug names). */
export type QueryWord = { word: string; variants: QueryVariant[] };

export type Analyzer = {
  stem: Stemmer;
  vocabulary: Vocabulary;
  /** The index terms of a text in a document's language: words, stems and what they imply. */
  indexTerms: (text: string, language: string) => string[];
  /** The words of a query with their variants, stemmed in the given languages. */
  queryWords: (query: string, languages: readonly StemLanguage[]) => QueryWord[];
};

function documentTerms(
  vocabulary: Vocabulary,
  stem: Stemmer,
  text: string,
  language: StemLanguage | null,
): string[] {
  const lowers = lowerWords(text);
  const folded = lowers.map(foldTerm);
  const stems = lowers.map((word) => stem(word, language));
  const abbreviations = vocabulary.abbreviationsByLanguage.get(language);
  const phrases = vocabulary.phrasesByLanguage.get(language);
  const terms: string[] = [];
  for (let index = 0; index < folded.length; index += 1) {
    const word = folded[index] ?? '';
    const wordStem = stems[index] ?? word;
    if (!isStopword(word, language)) {
      terms.push(word);
      if (wordStem !== word) terms.push(wordStem);
    }
    const expansion = abbreviations?.get(word);
    if (expansion !== undefined) terms.push(...expansion);
    if (phrases !== undefined) terms.push(...phraseAdditions(phrases, stems, index));
    terms.push(...phraseAdditions(vocabulary.productPhrases, folded, index));
  }
  return terms;
}

/**
 * Variants for a word that names a product, spelt right or wrong: the word as typed (exact,
 * prefix) and the canonical term of each product it may mean — the closest counts fully, others
 * less, and the rest of the query decides between them. Every text naming a product carries its
 * canonical term, so all spellings of a name score alike; fuzzy matching would favour texts that
 * use several spellings. Null when the word names no product.
 */
function productVariants(
  vocabulary: Vocabulary,
  drugNames: DrugNameIndex,
  word: string,
): QueryVariant[] | null {
  const exact = vocabulary.canonicalProductTerms.get(word);
  if (exact !== undefined) {
    // A name spelt right: its canonical term finds every text about the product, whatever name
    // it uses. While the generic name is typed, it is the canonical term and still a prefix.
    return [{ term: exact, fuzzy: false, prefix: exact === word, boost: 1 }];
  }
  const candidates = drugNames.candidates(word);
  if (candidates.length === 0) return null;
  const typed: QueryVariant = {
    term: word,
    fuzzy: false,
    prefix: isPrefixSearchedFor(word),
    boost: 1,
  };
  const closest = candidates[0]?.distance ?? 0;
  const products = candidates
    .filter(({ canonical }) => canonical !== word)
    .map(({ canonical, distance }): QueryVariant => ({
      term: canonical,
      fuzzy: false,
      prefix: false,
      boost: distance === closest ? 1 : 0.6,
    }));
  return [typed, ...products];
}

/**
 * Whether MiniSearch's matching of a variant already reaches `term`: by prefix, or by its typo
 * tolerance (Levenshtein distance, as MiniSearch counts it: a swap costs two edits).
 */
function isReachedBy(variant: QueryVariant, term: string): boolean {
  if (variant.prefix && term.startsWith(variant.term)) return true;
  if (variant.fuzzy === false) return false;
  const distance = editDistance(variant.term, term, variant.fuzzy, { transpositions: false });
  return distance <= variant.fuzzy;
}

/**
 * The word as typed (with typo tolerance and prefix) and its stems in the given languages. A
 * stem the typed word's own fuzzy or prefix matching reaches (`headach` from `headache`) gets no
 * query of its own: the same documents are found, and querying it again would score the same
 * postings twice, the costliest part of a search (decision 0034).
 */
function variantsOf(
  vocabulary: Vocabulary,
  drugNames: DrugNameIndex,
  stem: Stemmer,
  lower: string,
  languages: readonly StemLanguage[],
): QueryVariant[] {
  const word = foldTerm(lower);
  const products = productVariants(vocabulary, drugNames, word);
  if (products !== null) return products;
  const typed: QueryVariant = {
    term: word,
    fuzzy: fuzzyDistanceFor(word),
    prefix: isPrefixSearchedFor(word),
    boost: 1,
  };
  const variants = [typed];
  const seen = new Set([word]);
  for (const language of languages) {
    const wordStem = stem(lower, language);
    if (seen.has(wordStem)) continue;
    seen.add(wordStem);
    if (isReachedBy(typed, wordStem)) continue;
    variants.push({ term: wordStem, fuzzy: false, prefix: false, boost: 1 });
  }
  return variants;
}

/** An analyzer for a set of products (their names are part of the vocabulary). */
export function createAnalyzer(vocabularyOf: (stem: Stemmer) => Vocabulary): Analyzer {
  const stem = createStemmer();
  const vocabulary = vocabularyOf(stem);
  const drugNames = createDrugNameIndex(vocabulary.canonicalProductTerms);
  return {
    stem,
    vocabulary,
    indexTerms: (text, language) => documentTerms(vocabulary, stem, text, stemLanguageOf(language)),
    queryWords: (query, languages) => {
      const lowers = lowerWords(query);
      const meaningful = lowers.filter((word) => !isStopwordAnywhere(foldTerm(word)));
      // A query of nothing but function words ("die") still searches for them.
      const words = meaningful.length > 0 ? meaningful : lowers;
      return words.map((lower) => ({
        word: foldTerm(lower),
        variants: variantsOf(vocabulary, drugNames, stem, lower, languages),
      }));
    },
  };
}
