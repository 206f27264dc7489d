import { foldTerm, wordSpans, type WordSpan } from './text';

/** A piece of text, marked when it matched the query. Rendered as text, never as HTML. */
export type HighlightPart = { text: string; isMatch: boolean };

/** Where a snippet comes from and its highlighted pieces. */
export type SearchSnippet = { field: 'title' | 'summary' | 'body'; parts: HighlightPart[] };

/** Decides whether a word of a document matched (its folded form or its stem is a hit term). */
export type WordMatcher = (word: string) => boolean;

/** Words of context shown around the matches of a long text. */
const excerptWords = 30;
const ellipsis = '…';

/**
 * A matcher over hit terms: the word as folded, or its stem, is one of them. Words whose first
 * three letters start no term are refused before folding and stemming (most words of a text):
 * stems keep the start of their word.
 */
export function createWordMatcher(
  terms: ReadonlySet<string>,
  stemOf: (lowerWord: string) => string,
): WordMatcher {
  const starts = new Set([...terms].map((term) => term.slice(0, 3)));
  return (word) => {
    const folded = foldTerm(word);
    if (!starts.has(folded.slice(0, 3))) return false;
    return terms.has(folded) || terms.has(stemOf(word.toLowerCase()));
  };
}

function partsOf(
  text: string,
  spans: readonly WordSpan[],
  flags: readonly boolean[],
  range: { from: number; to: number },
): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let cursor = range.from;
  const push = (piece: string, isMatch: boolean): void => {
    if (piece === '') return;
    const last = parts.at(-1);
    if (last !== undefined && last.isMatch === isMatch) last.text += piece;
    else parts.push({ text: piece, isMatch });
  };
  spans.forEach((span, index) => {
    if (span.start < range.from || span.end > range.to || !flags[index]) return;
    push(text.slice(cursor, span.start), false);
    push(span.word, true);
    cursor = span.end;
  });
  push(text.slice(cursor, range.to), false);
  return parts;
}

/** The whole text with its matching words marked (titles). */
export function highlightAll(text: string, isMatch: WordMatcher): HighlightPart[] {
  const spans = wordSpans(text);
  return partsOf(
    text,
    spans,
    spans.map((span) => isMatch(span.word)),
    { from: 0, to: text.length },
  );
}

/** The start of the window of `excerptWords` words holding the most matches. */
function densestWindow(flags: readonly boolean[]): { start: number; count: number } {
  let count = 0;
  for (let index = 0; index < Math.min(excerptWords, flags.length); index += 1) {
    if (flags[index]) count += 1;
  }
  let best = { start: 0, count };
  for (let start = 1; start + excerptWords <= flags.length; start += 1) {
    if (flags[start - 1]) count -= 1;
    if (flags[start + excerptWords - 1]) count += 1;
    if (count > best.count) best = { start, count };
  }
  return best;
}

/**
 * The passage of a long text with the most matches, about 30 words, cut at word boundaries and
 * marked with an ellipsis where text was left out. Null when nothing in the text matched.
 */
export function excerptAround(
  text: string,
  isMatch: WordMatcher,
): { parts: HighlightPart[]; matchCount: number } | null {
  const spans = wordSpans(text);
  const flags = spans.map((span) => isMatch(span.word));
  const window = densestWindow(flags);
  if (window.count === 0) return null;
  // Start a few words before the first match, so the match is read in its sentence.
  const firstMatch = flags.indexOf(true, window.start);
  const startWord = Math.max(0, Math.min(window.start, firstMatch - 3));
  const endWord = Math.min(spans.length, startWord + excerptWords) - 1;
  const from = startWord === 0 ? 0 : (spans[startWord]?.start ?? 0);
  const to = endWord === spans.length - 1 ? text.length : (spans[endWord]?.end ?? text.length);
  const parts = partsOf(text, spans, flags, { from, to });
  if (from > 0) parts.unshift({ text: ellipsis, isMatch: false });
  if (to < text.length) parts.push({ text: ellipsis, isMatch: false });
  return { parts, matchCount: window.count };
}
