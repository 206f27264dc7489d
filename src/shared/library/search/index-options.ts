import type { Options, Query } from 'minisearch';
import type { ResponseDocument } from '../../schemas/response-document';
import type { Analyzer, QueryWord } from './analyzer';
import { foldTerm, lowerWords } from './text';

/** The indexed fields. `products`: names of the document's products; `code`: its reference. */
export const indexedFields = ['title', 'products', 'topics', 'code', 'summary', 'body'] as const;
export type IndexedField = (typeof indexedFields)[number];

/**
 * Titles and products count most: an officer types the drug and the subject of the question,
 * and a document whose title says both is almost always the one they want.
 */
export const fieldBoosts: Record<IndexedField, number> = {
  title: 3,
  products: 2.5,
  topics: 2,
  code: 2,
  summary: 1.5,
  body: 1,
};

function fieldText(analyzer: Analyzer, document: ResponseDocument, field: string): string {
  const terms = (text: string): string => analyzer.indexTerms(text, document.language).join(' ');
  switch (field) {
    case 'id':
      return document.id;
    case 'title':
      return terms(document.title);
    case 'products':
      return document.productIds
        .flatMap((id) => analyzer.vocabulary.productTerms.get(id) ?? [])
        .join(' ');
    case 'topics':
      return terms(document.topics.join(' \n '));
    case 'code':
      return lowerWords(document.reference ?? '')
        .map(foldTerm)
        .join(' ');
    case 'summary':
      return terms(document.summary);
    case 'body':
      return terms(document.body);
    default:
      return '';
  }
}

const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));
const asIs = (term: string): string => term;

/**
 * MiniSearch options: the analyzer does the language work (folding, stemming, synonyms), so
 * MiniSearch only splits the prepared terms. Loading a persisted index needs the same options.
 */
export function miniSearchOptions(analyzer: Analyzer): Options<ResponseDocument> {
  return {
    idField: 'id',
    fields: [...indexedFields],
    storeFields: [],
    extractField: (document, field) => fieldText(analyzer, document, field),
    tokenize: splitTerms,
    processTerm: asIs,
    searchOptions: { tokenize: (text) => [text], processTerm: asIs, boost: fieldBoosts },
  };
}

/**
 * A query that finds any word of the query in any of its variants; MiniSearch scores by BM25
 * (`bestByWords` then counts words matched, not variants). One flat level: nesting a combination
 * per word ranks the same but costs about twice the time in merging partial results.
 */
export function buildQuery(words: readonly QueryWord[]): Query {
  return {
    combineWith: 'OR',
    queries: words.flatMap((word) =>
      word.variants.map((variant) => ({
        queries: [variant.term],
        fuzzy: variant.fuzzy,
        prefix: variant.prefix,
        ...(variant.boost === 1 ? {} : { boostTerm: () => variant.boost }),
      })),
    ),
  };
}
