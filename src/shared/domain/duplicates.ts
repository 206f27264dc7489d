import type { Id, Timestamp } from '../schemas/common';

/*
 * Duplicate warning: a new inquiry looks like an earlier one when the same requester (matched on
 * a normalised e-mail or name) asks about the same product within a window of days, with similar
 * question text. Pure, so the booth form, the detail page and the tests share it.
 */

/** What the matcher needs of an inquiry: no more than that leaves the store's decryption. */
export type DuplicateSubject = {
  id: Id | null;
  receivedAt: Timestamp;
  productIds: readonly Id[];
  email: string | null;
  name: string | null;
  questionTexts: readonly string[];
};

export type DuplicateOptions = {
  windowDays: number;
  /** Dice similarity of the question texts' character trigrams, 0 to 1; default 0.3. */
  minimumSimilarity?: number;
};

export type DuplicateMatch = {
  id: Id;
  matchedOn: 'email' | 'name';
  similarity: number;
};

function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** `Erika.Muster@Example.ORG ` → `erika.muster@example.org`; empty → null. */
export function normaliseEmail(email: string | null): string | null {
  const normal = (email ?? '').trim().toLowerCase();
  return normal === '' ? null : normal;
}

const titles = new Set([
  'dr',
  'prof',
  'med',
  'ddr',
  'mr',
  'mrs',
  'ms',
  'pr',
  'mme',
  'm',
  'dott',
  'sr',
  'sra',
]);

/**
 * `Prof. Dr. Müller, Anna` → `anna muller`: lower case, no diacritics or titles, words sorted so
 * that "Müller Anna" and "Anna Müller" match. Null when nothing is left.
 */
export function normaliseName(name: string | null): string | null {
  const words = withoutDiacritics(name ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !titles.has(word));
  return words.length === 0 ? null : words.sort().join(' ');
}

function trigrams(text: string): Set<string> {
  const normal = ` ${withoutDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= normal.length; index += 1) {
    grams.add(normal.slice(index, index + 3));
  }
  return grams;
}

/** Dice coefficient of character trigrams (0 = nothing shared, 1 = the same words). */
export function textSimilarity(left: string, right: string): number {
  const a = trigrams(left);
  const b = trigrams(right);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

const millisecondsPerDay = 86_400_000;

function requesterMatch(
  subject: DuplicateSubject,
  other: DuplicateSubject,
): 'email' | 'name' | null {
  const email = normaliseEmail(subject.email);
  if (email !== null && email === normaliseEmail(other.email)) return 'email';
  const name = normaliseName(subject.name);
  if (name !== null && name === normaliseName(other.name)) return 'name';
  return null;
}

/**
 * The earlier inquiries `subject` looks like, most similar first: same requester, a shared
 * product, received within `windowDays` of each other, and question texts at least
 * `minimumSimilarity` alike. The subject itself (same id) is never its own duplicate.
 */
export function findDuplicates(
  subject: DuplicateSubject,
  candidates: readonly DuplicateSubject[],
  options: DuplicateOptions,
): DuplicateMatch[] {
  const minimum = options.minimumSimilarity ?? 0.3;
  const text = subject.questionTexts.join('\n');
  const received = Date.parse(subject.receivedAt);
  const matches: DuplicateMatch[] = [];
  for (const other of candidates) {
    if (other.id === null || other.id === subject.id) continue;
    const days = Math.abs(received - Date.parse(other.receivedAt)) / millisecondsPerDay;
    if (days > options.windowDays) continue;
    if (!other.productIds.some((id) => subject.productIds.includes(id))) continue;
    const matchedOn = requesterMatch(subject, other);
    if (matchedOn === null) continue;
    const similarity = textSimilarity(text, other.questionTexts.join('\n'));
    if (similarity >= minimum) matches.push({ id: other.id, matchedOn, similarity });
  }
  return matches.sort((left, right) => right.similarity - left.similarity);
}
