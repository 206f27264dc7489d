import type { Inquiry } from '../../../shared/schemas';

/*
 * Free-text search over the personal part of inquiries (question texts, requester identity and
 * contact). Personal data is never indexed in IndexedDB (it will be encrypted at rest), so this
 * searches the decrypted records in memory, page by page as the list reads them. The identity
 * work replaces it with its in-memory index built after unlock: keep this the ONE entry point.
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
 * The inquiries whose question texts, requester name, institution, specialty, e-mail or
 * reference contain every word of `query` (case and accents ignored), in their given order.
 * An empty query matches everything.
 */
export function searchPersonalText(inquiries: readonly Inquiry[], query: string): Inquiry[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [...inquiries];
  return inquiries.filter((inquiry) => {
    const text = searchableText(inquiry);
    return words.every((word) => text.includes(word));
  });
}
