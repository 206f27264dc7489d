import type { Inquiry } from '../../../shared/schemas';

/*
 * Free-text search over the personal part of inquiries (question texts, requester identity and
 * contact) for the inquiry list's filters. Personal data is never indexed in IndexedDB (it is
 * encrypted at rest), so the list checks the decrypted records page by page as it reads them.
 * Ranked search over all personal text is personal-search.ts (an in-memory index after unlock).
 */

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searchable words of one inquiry: personal text and its reference. */
function searchableText(inquiry: Inquiry): string {
  const { requester, questions } = inquiry.personal;
  return fold(
    [
      inquiry.reference,
      requester.name,
      requester.institution,
      requester.specialty,
      requester.email,
      ...questions.map((question) => question.text),
    ]
      .filter((part): part is string => typeof part === 'string')
      .join('\n'),
  );
}

/**
 * Whether the inquiry's question texts, requester name, institution, specialty, e-mail or
 * reference contain every word of `query` (case and accents ignored). An empty query matches.
 */
export function matchesPersonalText(inquiry: Inquiry, query: string): boolean {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  const text = words.length === 0 ? '' : searchableText(inquiry);
  return words.every((word) => text.includes(word));
}
