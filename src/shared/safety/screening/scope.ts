import type { CombinedCues } from './lexicons';
import type { Sentence } from './sentences';

/** How many words before a match a negation or hypothetical cue still reaches. */
const SCOPE_WORDS = 6;

/** Upper bounds that keep the work per match constant, whatever the text. */
const MAX_WINDOW_CHARACTERS = 160;
const PHRASE_MARGIN = 32;

/** "Rash: none", "Nebenwirkungen – keine", "seizure-free": negations after the match. */
const negationAfter =
  /^\s*[:=-]\s*(?:none|nil|no|negative|keine?|nein|aucune?|non|rien|ningun[oa]?|nada|negativ[oa]?)\b|^-?(?:free|frei)\b/;

export type Span = { readonly start: number; readonly end: number };

function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code > 0x7f
  );
}

/** Offset where the scope window begins: `words` words back from `offset`, not before `floor`. */
function windowStart(text: string, floor: number, offset: number, words: number): number {
  // A bounded walk: a "word" thousands of characters long must not make screening quadratic.
  const limit = Math.max(floor, offset - MAX_WINDOW_CHARACTERS);
  let index = offset;
  for (let counted = 0; counted < words && index > limit; counted++) {
    while (index > limit && !isWordCode(text.charCodeAt(index - 1))) index--;
    while (index > limit && isWordCode(text.charCodeAt(index - 1))) index--;
  }
  return index;
}

/** Spans of `pattern` in text[from, to), as offsets into text. */
function spansOf(pattern: RegExp, text: string, from: number, to: number): Span[] {
  const region = text.slice(from, to);
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(region); found; found = pattern.exec(region)) {
    if (found[0].length === 0) pattern.lastIndex++;
    else spans.push({ start: from + found.index, end: from + found.index + found[0].length });
  }
  return spans;
}

function isInside(position: number, spans: readonly Span[]): boolean {
  return spans.some((span) => position >= span.start && position < span.end);
}

/**
 * True when a negation ("no", "keine", "sans", "sin", "denies") or a hypothetical ("if", "risk
 * of") stands within a few words before the match in the same clause, or a negation follows it
 * ("rash: none"). A cue that is part of another signal ("no longer working", "keine Besserung")
 * is that signal's own wording, not a negation of what follows it: `isSignalWording` says which
 * offsets of the text belong to a signal's match.
 */
export function isNegatedOrHypothetical(
  text: string,
  sentence: Sentence,
  match: Span,
  isSignalWording: (offset: number) => boolean,
  cues: CombinedCues,
): boolean {
  const after = text.slice(match.end, Math.min(sentence.end, match.end + 24));
  if (negationAfter.test(after)) return true;

  let window = windowStart(text, sentence.start, match.start, SCOPE_WORDS);
  if (window === match.start) return false;
  // Room before the window for phrases that begin earlier ("not sure if", "sin embargo").
  const regionStart = Math.max(sentence.start, window - PHRASE_MARGIN);
  for (const clauseBreak of spansOf(cues.clauseBreak, text, regionStart, match.start)) {
    window = Math.max(window, clauseBreak.end);
  }
  const pseudoSpans = spansOf(cues.pseudoScope, text, regionStart, match.start);
  return spansOf(cues.scope, text, window, match.start).some(
    (cue) => !isInside(cue.start, pseudoSpans) && !isSignalWording(cue.start),
  );
}
