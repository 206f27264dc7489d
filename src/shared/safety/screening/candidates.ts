import type { ScreeningLanguage } from '../signal';
import { lexicons } from './lexicons';
import type { Span } from './scope';
import { findSentence } from './sentences';
import type { Sentence } from './sentences';
import type { ScreeningRule, SignalTarget } from './types';

/** Characters before a match that `excludedBefore` looks at. */
const LOOK_BEHIND = 40;

/** Characters around a match that `before` and `after` look at. */
const CONTEXT_REACH = 64;

/** A match that passed its rule's own context tests, before framing and negation. */
export type Candidate = Span & {
  readonly target: SignalTarget;
  readonly language: ScreeningLanguage;
  readonly sentence: number;
};

/** Remembers `requires` answers per sentence: many matches in one long sentence test it once. */
type ContextMemo = Map<RegExp, Map<number, boolean>>;

function sentenceContains(
  memo: ContextMemo,
  pattern: RegExp,
  text: string,
  sentences: readonly Sentence[],
  index: number,
): boolean {
  let bySentence = memo.get(pattern);
  if (!bySentence) {
    bySentence = new Map();
    memo.set(pattern, bySentence);
  }
  let answer = bySentence.get(index);
  if (answer === undefined) {
    const sentence = sentences[index]!;
    answer = pattern.test(text.slice(sentence.start, sentence.end));
    bySentence.set(index, answer);
  }
  return answer;
}

/** Runs every rule of every language over the normalised text. */
export function collectCandidates(text: string, sentences: readonly Sentence[]): Candidate[] {
  const candidates: Candidate[] = [];
  const memo: ContextMemo = new Map();
  for (const lexicon of lexicons) {
    for (const rule of lexicon.rules) {
      collectRule(text, sentences, rule, lexicon.language, memo, candidates);
    }
  }
  return candidates;
}

function collectRule(
  text: string,
  sentences: readonly Sentence[],
  rule: ScreeningRule,
  language: ScreeningLanguage,
  memo: ContextMemo,
  into: Candidate[],
): void {
  const { pattern } = rule;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const start = found.index;
    const end = start + found[0].length;
    const sentenceIndex = findSentence(sentences, start);
    const sentence = sentences[sentenceIndex]!;
    if (rule.requires && !sentenceContains(memo, rule.requires, text, sentences, sentenceIndex)) {
      continue;
    }
    if (rule.excludedBefore) {
      const before = text.slice(Math.max(sentence.start, start - LOOK_BEHIND), start);
      if (rule.excludedBefore.test(before)) continue;
    }
    let spanStart = start;
    let spanEnd = end;
    if (rule.before) {
      const window = text.slice(Math.max(sentence.start, start - CONTEXT_REACH), start);
      const preceding = rule.before.exec(window);
      if (!preceding) continue;
      spanStart -= preceding[0].length;
    }
    if (rule.after) {
      const following = rule.after.exec(
        text.slice(end, Math.min(sentence.end, end + CONTEXT_REACH)),
      );
      if (!following) continue;
      spanEnd += following[0].length;
    }
    into.push({
      start: spanStart,
      end: spanEnd,
      target: rule.target,
      language,
      sentence: sentenceIndex,
    });
  }
}
