import type { ScreeningLanguage } from '../signal';
import type { Candidate } from './candidates';
import { lexicons } from './lexicons';
import type { SignalTarget } from './types';

function targetKey(target: SignalTarget): string {
  return target.kind === 'special-situation' ? target.situation : target.kind;
}

/**
 * A symptom inside a lack-of-efficacy phrase ("her seizures haven't improved") is the condition
 * being treated, not a new reaction: keep the lack of efficacy, drop the adverse event.
 */
export function withoutIndications(candidates: readonly Candidate[]): Candidate[] {
  const efficacyBySentence = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const { target } = candidate;
    if (target.kind !== 'special-situation' || target.situation !== 'lack-of-efficacy') continue;
    const spans = efficacyBySentence.get(candidate.sentence) ?? [];
    spans.push(candidate);
    efficacyBySentence.set(candidate.sentence, spans);
  }
  if (efficacyBySentence.size === 0) return [...candidates];
  return candidates.filter(
    (candidate) =>
      candidate.target.kind !== 'adverse-event' ||
      !(efficacyBySentence.get(candidate.sentence) ?? []).some(
        (span) => span.start <= candidate.start && candidate.end <= span.end,
      ),
  );
}

/** How much the text looks like each language, to choose between two rules on the same words. */
function languageScores(text: string): Map<ScreeningLanguage, number> {
  const words = text.slice(0, 5_000).match(/[a-z']+/g) ?? [];
  const scores = new Map<ScreeningLanguage, number>();
  for (const lexicon of lexicons) {
    const stopwords = new Set(lexicon.cues.stopwords);
    scores.set(lexicon.language, words.filter((word) => stopwords.has(word)).length);
  }
  return scores;
}

/**
 * Keeps one signal per kind (and situation) where matches overlap: the longest, and between two
 * languages matching the same words ("reaction" is English and, without its accent, French) the
 * language the text looks more like, then the lexicon order. Deterministic for a given text.
 */
export function removeOverlaps(candidates: Candidate[], text: string): Candidate[] {
  let scores: Map<ScreeningLanguage, number> | undefined;
  const score = (language: ScreeningLanguage): number => {
    scores ??= languageScores(text);
    return scores.get(language) ?? 0;
  };
  const order = candidates.map((candidate, index) => ({ candidate, index }));
  order.sort((left, right) => {
    const byKey = targetKey(left.candidate.target).localeCompare(targetKey(right.candidate.target));
    return byKey || left.candidate.start - right.candidate.start || left.index - right.index;
  });
  const kept: Candidate[] = [];
  for (const { candidate } of order) {
    const previous = kept.at(-1);
    const overlaps =
      previous !== undefined &&
      targetKey(previous.target) === targetKey(candidate.target) &&
      candidate.start < previous.end;
    if (!overlaps) {
      kept.push(candidate);
      continue;
    }
    const previousLength = previous.end - previous.start;
    const length = candidate.end - candidate.start;
    const isBetter =
      length > previousLength ||
      (length === previousLength && score(candidate.language) > score(previous.language));
    if (isBetter) kept[kept.length - 1] = candidate;
  }
  return kept;
}
