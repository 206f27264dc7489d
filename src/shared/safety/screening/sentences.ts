import type { CombinedCues } from './lexicons';

/** A sentence of the normalised text: [start, end). */
export type Sentence = {
  readonly start: number;
  readonly end: number;
};

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Splits at . ! ? ; and line breaks (keeping the mark in its sentence, so a question keeps its
 * "?"), and before ¿ and ¡, which open a Spanish question or exclamation. A full stop counts only
 * before a space or the end, so "2.5 mg" stays whole.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if ((character === '¿' || character === '¡') && index > start) {
      sentences.push({ start, end: index });
      start = index;
      continue;
    }
    const isFullStop =
      character === '.' && (index + 1 === text.length || isSpace(text.charCodeAt(index + 1)));
    if (
      isFullStop ||
      character === '!' ||
      character === '?' ||
      character === ';' ||
      character === '\n' ||
      character === '\r'
    ) {
      sentences.push({ start, end: index + 1 });
      start = index + 1;
    }
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** Index of the sentence containing `offset` (sentences are sorted and contiguous). */
export function findSentence(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sentences[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const leadingPunctuation = /^[\s"'«»“”„(\-–—*•:]+/;

/**
 * True when the sentence asks for information rather than tells of an experience: a question
 * ("what are the side effects?", even before the "?" is typed) or a request ("I'd like data on …")
 * with no patient-specific experience in it. "Is it normal that she got a rash after the second
 * dose?" is a question but tells of an exposure and an event, so it is NOT an inquiry. A past
 * tense does not rescue a question about trials or data unless a particular patient is named.
 */
export function isInformationInquiry(sentenceText: string, cues: CombinedCues): boolean {
  const trimmed = sentenceText.replace(leadingPunctuation, '').trimEnd();
  const isQuestion =
    trimmed.endsWith('?') || trimmed.startsWith('¿') || cues.interrogativeOpener.test(trimmed);
  if (!isQuestion && !cues.informationRequest.test(trimmed)) return false;
  if (!cues.experience.test(trimmed)) return true;
  // "What percentage of patients had nausea in the study?" has a past tense but asks about data.
  return cues.dataReference.test(trimmed) && !cues.personalReference.test(trimmed);
}
