/** Words and their places in a text, for indexing, querying and highlighting alike. */

/** A run of letters and digits in any script; everything else separates words. */
const wordPattern = /[\p{L}\p{N}]+/gu;
const asciiWord = /^[a-z0-9]+$/;
const combiningMarks = /\p{M}+/gu;

export type WordSpan = { word: string; start: number; end: number };

/** The words of a text with their offsets, in order. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(wordPattern)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The words of a text, lower-cased but not yet folded (stemmers want the accents). */
export function lowerWords(text: string): string[] {
  return (text.toLowerCase().match(wordPattern) ?? []).slice();
}

/**
 * A term as the index stores it: lower case without diacritics, so `renale` finds `rénale` and
 * `Storung` finds `Störung` — officers type fast and often without accents.
 */
export function foldTerm(word: string): string {
  const lower = word.toLowerCase();
  if (asciiWord.test(lower)) return lower;
  return lower.normalize('NFD').replace(combiningMarks, '').replace(/ß/g, 'ss');
}

/**
 * Markdown as the plain text a snippet shows: no heading marks, emphasis, link targets, table
 * pipes or HTML tags. Only for display of excerpts; the body itself is rendered by the UI.
 */
export function markdownToPlainText(markdown: string): string {
  // One pass for the markup (it runs for every hit shown while typing), one for the spaces.
  return markdown
    .replace(markdownMarkup, (_, linkText: string | undefined) => linkText ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** HTML tags, links and images (keeping their text), line-start marks, emphasis and pipes. */
const markdownMarkup =
  /<[^>]*>|!?\[([^\]]*)\]\([^)]*\)|^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+|^[ \t]*:?-{3,}:?[ \t]*$|[*_`~|]+/gm;
