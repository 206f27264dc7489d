import type { SearchResult } from 'minisearch';
import {
  documentAvailability,
  type DocumentAvailability,
} from '../../domain/document-availability';
import type { Id, IsoDate } from '../../schemas/common';
import type { ResponseDocument } from '../../schemas/response-document';
import type { Analyzer } from './analyzer';
import {
  createWordMatcher,
  excerptAround,
  highlightAll,
  type SearchSnippet,
  type WordMatcher,
} from './snippets';
import { stemLanguageOf } from './stemming';

/** What a result list shows of a document, without its body. */
export type LibraryDocumentSummary = Pick<
  ResponseDocument,
  | 'id'
  | 'reference'
  | 'kind'
  | 'title'
  | 'summary'
  | 'productIds'
  | 'topics'
  | 'audience'
  | 'language'
  | 'version'
  | 'status'
  | 'effectiveDate'
  | 'reviewDate'
  | 'variantGroupId'
  | 'lineageId'
> & { availability: DocumentAvailability };

/** One document found, best first: its id, score, summary and highlighted snippets. */
export type LibrarySearchHit = {
  documentId: Id;
  score: number;
  document: LibraryDocumentSummary;
  /** The title first, then the passage of the summary or body that matched best. */
  snippets: SearchSnippet[];
};

export function summaryOf(document: ResponseDocument, today: IsoDate): LibraryDocumentSummary {
  return {
    id: document.id,
    reference: document.reference,
    kind: document.kind,
    title: document.title,
    summary: document.summary,
    productIds: document.productIds,
    topics: document.topics,
    audience: document.audience,
    language: document.language,
    version: document.version,
    status: document.status,
    effectiveDate: document.effectiveDate,
    reviewDate: document.reviewDate,
    variantGroupId: document.variantGroupId,
    lineageId: document.lineageId,
    availability: documentAvailability(document, today),
  };
}

const matchesNothing: WordMatcher = () => false;

/** Plain text of a document's body (the search keeps recent ones: typing repeats hits). */
export type PlainBodyOf = (document: ResponseDocument) => string;

/**
 * The summary's or the body's best passage. The body, the costly one, is only excerpted when
 * some term matched there but neither in the title nor in the summary (MiniSearch says where
 * each term matched): otherwise title and summary already show every word found.
 */
function passage(
  document: ResponseDocument,
  isMatch: WordMatcher,
  match: Readonly<Record<string, readonly string[]>>,
  plainBodyOf: PlainBodyOf,
): SearchSnippet {
  const fieldLists = Object.values(match);
  const summary = fieldLists.some((fields) => fields.includes('summary'))
    ? excerptAround(document.summary, isMatch)
    : null;
  const isOnlyInBody = fieldLists.some(
    (fields) => fields.includes('body') && !fields.includes('summary') && !fields.includes('title'),
  );
  const body = isOnlyInBody ? excerptAround(plainBodyOf(document), isMatch) : null;
  if (body !== null && (summary === null || body.matchCount > summary.matchCount)) {
    return { field: 'body', parts: body.parts };
  }
  if (summary !== null) return { field: 'summary', parts: summary.parts };
  return { field: 'summary', parts: [{ text: document.summary, isMatch: false }] };
}

/** A hit with snippets marked by the terms MiniSearch matched and what they stand for. */
export function hitOf(
  analyzer: Analyzer,
  document: ResponseDocument,
  result: Pick<SearchResult, 'score' | 'terms' | 'match'>,
  context: { today: IsoDate; plainBodyOf: PlainBodyOf },
): LibrarySearchHit {
  const terms = new Set(result.terms);
  for (const term of result.terms) {
    for (const equivalent of analyzer.vocabulary.equivalents.get(term) ?? []) {
      terms.add(equivalent);
    }
  }
  const language = stemLanguageOf(document.language);
  const isMatch =
    terms.size === 0
      ? matchesNothing
      : createWordMatcher(terms, (word) => analyzer.stem(word, language));
  return {
    documentId: document.id,
    score: result.score,
    document: summaryOf(document, context.today),
    snippets: [
      { field: 'title', parts: highlightAll(document.title, isMatch) },
      passage(document, isMatch, result.match, context.plainBodyOf),
    ],
  };
}
