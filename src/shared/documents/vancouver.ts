import type { LiteratureReference } from '../schemas/response-document';

/*
 * Reference lists in the Vancouver style (ICMJE recommendations; NLM "Citing Medicine"):
 * `Nilsen O, Hartmann K. Title. J Thromb. 2018;12(3):45-52. doi:10.5555/x. PMID: 123.`
 * The library keeps its own reference schema; letters take this local type so they do not
 * depend on how the library stores it (converters below).
 */

/** A journal article or similar source, with the parts Vancouver orders and punctuates. */
export type StructuredReference = {
  kind: 'structured';
  /** Surname and initials, e.g. `Nilsen O`; a group author is one entry. */
  authors: string[];
  /** The source listed only the first authors: print "et al." after them. */
  hasMoreAuthors?: boolean;
  title: string;
  /** Journal title (NLM abbreviation where there is one), or e.g. `Data on file, Halvorsen`. */
  journal?: string | null;
  year?: number | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  doi?: string | null;
  pmid?: string | null;
};

/** A citation already written out: printed verbatim. */
export type CitationReference = { kind: 'citation'; text: string };

export type DocumentReference = StructuredReference | CitationReference;

/** Vancouver lists six authors, then "et al.". */
const maximumListedAuthors = 6;

function withFinalPeriod(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function formatAuthors(reference: StructuredReference): string {
  const authors = reference.authors.map((author) => author.trim()).filter(Boolean);
  if (authors.length === 0) return '';
  const listed = authors.slice(0, maximumListedAuthors);
  const isTruncated = authors.length > maximumListedAuthors || reference.hasMoreAuthors === true;
  return withFinalPeriod(isTruncated ? `${listed.join(', ')}, et al` : listed.join(', '));
}

/** `2018;12(3):45-52.` — the year, then volume, issue and pages as far as they are known. */
function formatPublication(reference: StructuredReference): string {
  const { year, volume, issue, pages } = reference;
  let text = year ? String(year) : '';
  if (volume) text += `;${volume}`;
  if (issue) text += volume ? `(${issue})` : `;(${issue})`;
  if (pages) text += `:${pages}`;
  return text ? withFinalPeriod(text) : '';
}

/** One reference in Vancouver style, without its number. */
export function formatVancouver(reference: DocumentReference): string {
  if (reference.kind === 'citation') return reference.text.trim();
  const parts = [
    formatAuthors(reference),
    withFinalPeriod(reference.title),
    reference.journal ? withFinalPeriod(reference.journal) : '',
    formatPublication(reference),
    reference.doi ? withFinalPeriod(`doi:${reference.doi.trim()}`) : '',
    reference.pmid ? withFinalPeriod(`PMID: ${reference.pmid.trim()}`) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The library's reference (structured, or a citation written out) as a document reference. */
export function referenceFromLiterature(reference: LiteratureReference): DocumentReference {
  if ('citation' in reference) return { kind: 'citation', text: reference.citation };
  return {
    kind: 'structured',
    authors: [...reference.authors],
    title: reference.title,
    journal: reference.journal ?? null,
    year: reference.year,
    volume: reference.volume ?? null,
    issue: reference.issue ?? null,
    pages: reference.pages ?? null,
    doi: reference.doi ?? null,
    pmid: reference.pmid ?? null,
  };
}

function identityOf(reference: DocumentReference): string {
  if (reference.kind === 'structured' && reference.doi) return `doi:${reference.doi.toLowerCase()}`;
  if (reference.kind === 'structured' && reference.pmid) return `pmid:${reference.pmid}`;
  return formatVancouver(reference).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The references of several documents as one list, in order of first appearance, each source
 * once (same DOI, same PMID or the same formatted text): the letter numbers them 1, 2, 3 …
 */
export function mergeReferences(
  lists: readonly (readonly DocumentReference[])[],
): DocumentReference[] {
  const seen = new Set<string>();
  const merged: DocumentReference[] = [];
  for (const reference of lists.flat()) {
    const identity = identityOf(reference);
    if (seen.has(identity)) continue;
    seen.add(identity);
    merged.push(reference);
  }
  return merged;
}
