import type { LiteratureReference, StructuredReference } from '../schemas/response-document';

/** NLM/Vancouver: list six authors; with more, the first six followed by "et al." */
const maxListedAuthors = 6;

function withFinalStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function authorList(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  const listed = authors.slice(0, maxListedAuthors).join(', ');
  return withFinalStop(authors.length > maxListedAuthors ? `${listed}, et al` : listed);
}

/** `2019;12(3):45-52` — year, then volume, issue and pages where known. */
function publicationDetails(reference: StructuredReference): string {
  const volume = reference.volume ?? '';
  const issue = reference.issue === undefined ? '' : `(${reference.issue})`;
  const pages = reference.pages === undefined ? '' : `:${reference.pages}`;
  const located = `${volume}${issue}${pages}`;
  return located === '' ? `${reference.year}` : `${reference.year};${located}`;
}

/**
 * A structured reference in Vancouver style (ICMJE recommendations, NLM "Citing Medicine"):
 * `Authors. Title. Journal. Year;Volume(Issue):Pages. doi:… PMID: …` — parts that are not known
 * are left out. A bare citation is returned verbatim: it was formatted by its author.
 */
export function formatVancouver(reference: LiteratureReference): string {
  if ('citation' in reference) return reference.citation;
  const parts = [
    authorList(reference.authors),
    withFinalStop(reference.title),
    reference.journal === undefined ? '' : withFinalStop(reference.journal),
    withFinalStop(publicationDetails(reference)),
    reference.doi === undefined ? '' : `doi:${reference.doi}`,
    reference.pmid === undefined ? '' : `PMID: ${reference.pmid}.`,
  ];
  return parts.filter((part) => part !== '').join(' ');
}
