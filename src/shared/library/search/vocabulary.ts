import type { Id } from '../../schemas/common';
import type { Product } from '../../schemas/product';
import { medicalAbbreviations } from './abbreviations';
import { stemLanguages, type StemLanguage, type Stemmer } from './stemming';
import { isStopword } from './stopwords';
import { foldTerm, lowerWords } from './text';

/** A multi-word (or one-word) expression and the index terms its presence adds. */
export type Phrase = { words: readonly string[]; adds: readonly string[] };

/** Phrases by their first word, so a text is scanned with one map lookup per word. */
export type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

/**
 * What the analyzer knows beyond single words: abbreviations with their phrases (matched by
 * stem, per language), the products' names (matched as typed, in any language), and which terms
 * stand for each other (for highlighting).
 */
export type Vocabulary = {
  abbreviationsByLanguage: ReadonlyMap<StemLanguage | null, ReadonlyMap<string, readonly string[]>>;
  phrasesByLanguage: ReadonlyMap<StemLanguage | null, PhraseTable>;
  productPhrases: PhraseTable;
  /** Every folded name word of each product: its products field. */
  productTerms: ReadonlyMap<Id, readonly string[]>;
  /**
   * Every folded product-name word (4 letters or more) → the product's canonical term (the first
   * word of its generic name), which every document about or mentioning the product carries.
   */
  canonicalProductTerms: ReadonlyMap<string, string>;
  equivalents: ReadonlyMap<string, readonly string[]>;
};

function addTo<K, V>(map: Map<K, V[]>, key: K, values: readonly V[]): void {
  const list = map.get(key) ?? [];
  list.push(...values);
  map.set(key, list);
}

/** The folded words and stems a phrase adds when its abbreviation appears (no stopwords). */
function phraseTerms(phrase: string, language: StemLanguage, stem: Stemmer): string[] {
  const terms = lowerWords(phrase).flatMap((word) => {
    const folded = foldTerm(word);
    return isStopword(folded, language) ? [] : [folded, stem(word, language)];
  });
  return [...new Set(terms)];
}

function buildAbbreviations(
  stem: Stemmer,
  equivalents: Map<string, string[]>,
): {
  abbreviationsByLanguage: Map<StemLanguage | null, Map<string, string[]>>;
  phrasesByLanguage: Map<StemLanguage | null, Map<string, Phrase[]>>;
} {
  const abbreviationsByLanguage = new Map<StemLanguage | null, Map<string, string[]>>();
  const phrasesByLanguage = new Map<StemLanguage | null, Map<string, Phrase[]>>();
  for (const language of [...stemLanguages, null]) {
    abbreviationsByLanguage.set(language, new Map());
    phrasesByLanguage.set(language, new Map());
  }
  for (const entry of medicalAbbreviations) {
    for (const language of stemLanguages) {
      const abbreviations = abbreviationsByLanguage.get(language) ?? new Map<string, string[]>();
      const phraseTable = phrasesByLanguage.get(language) ?? new Map<string, Phrase[]>();
      const phrases = entry.phrases[language] ?? [];
      const expansion = [...new Set(phrases.flatMap((text) => phraseTerms(text, language, stem)))];
      for (const abbreviation of entry.abbreviations) {
        addTo(abbreviations, abbreviation, expansion);
        addTo(equivalents, abbreviation, expansion);
        for (const term of expansion) addTo(equivalents, term, entry.abbreviations);
      }
      for (const text of phrases) {
        const words = lowerWords(text).map((word) => stem(word, language));
        const [first] = words;
        if (first !== undefined) {
          addTo(phraseTable, first, [{ words, adds: entry.abbreviations }]);
        }
      }
    }
  }
  return { abbreviationsByLanguage, phrasesByLanguage };
}

function buildProducts(
  products: readonly Product[],
  equivalents: Map<string, string[]>,
): Pick<Vocabulary, 'productPhrases' | 'productTerms' | 'canonicalProductTerms'> {
  const productPhrases = new Map<string, Phrase[]>();
  const productTerms = new Map<Id, string[]>();
  const canonicalProductTerms = new Map<string, string>();
  for (const product of products) {
    const names = [product.brandName, product.genericName, ...product.synonyms];
    const nameWords = names.map((name) => lowerWords(name).map(foldTerm));
    const allTerms = [...new Set(nameWords.flat())];
    // Brand and generic name are what a text about the product is found by.
    const adds = [...new Set([...(nameWords[0] ?? []), ...(nameWords[1] ?? [])])];
    productTerms.set(product.id, allTerms);
    for (const words of nameWords) {
      const [first] = words;
      if (first !== undefined) addTo(productPhrases, first, [{ words, adds }]);
    }
    for (const term of allTerms) addTo(equivalents, term, allTerms);
    const canonical = nameWords[1]?.[0] ?? nameWords[0]?.[0];
    if (canonical === undefined) continue;
    for (const word of allTerms) {
      if (word.length >= 4 && !/^\d+$/.test(word)) canonicalProductTerms.set(word, canonical);
    }
  }
  return { productPhrases, productTerms, canonicalProductTerms };
}

/** Builds the vocabulary for a set of products; the abbreviations are built in. */
export function buildVocabulary(products: readonly Product[], stem: Stemmer): Vocabulary {
  const equivalents = new Map<string, string[]>();
  const abbreviations = buildAbbreviations(stem, equivalents);
  const productVocabulary = buildProducts(products, equivalents);
  for (const [term, list] of equivalents) equivalents.set(term, [...new Set(list)]);
  return { ...abbreviations, ...productVocabulary, equivalents };
}

/** The terms added by every phrase of `table` that starts at `index` of `words`. */
export function phraseAdditions(
  table: PhraseTable,
  words: readonly string[],
  index: number,
): readonly string[] {
  const candidates = table.get(words[index] ?? '');
  if (candidates === undefined) return [];
  const added: string[] = [];
  for (const phrase of candidates) {
    const isMatch = phrase.words.every((word, offset) => words[index + offset] === word);
    if (isMatch) added.push(...phrase.adds);
  }
  return added;
}
