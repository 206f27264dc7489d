import type { ScreeningLanguage, SpecialSituation } from '../signal';

/** What a rule reports when it fires. */
export type SignalTarget =
  | { kind: 'adverse-event' }
  | { kind: 'product-complaint' }
  | { kind: 'special-situation'; situation: SpecialSituation };

/**
 * One lexicon entry. Every pattern runs on normalised text (lower case, no diacritics, straight
 * apostrophes, ß → ss, œ → oe; see normalize.ts), so lexicons are written in that form.
 */
export type ScreeningRule = {
  readonly target: SignalTarget;
  /** Global (`g`) pattern; each match is one candidate signal. */
  readonly pattern: RegExp;
  /** The sentence must also contain this (e.g. a product noun next to "broken"). */
  readonly requires?: RegExp;
  /** Tested on up to 40 characters before the match in the same sentence; a hit drops it. */
  readonly excludedBefore?: RegExp;
  /**
   * Words that must come right before the match (the pattern ends with `$`); they join the
   * signal's span. Lets one shared list ("warfarin", "alcohol", …) be compiled once instead of
   * inside every phrase that can precede it.
   */
  readonly before?: RegExp;
  /** Words that must come right after the match (the pattern starts with `^`); they join the span. */
  readonly after?: RegExp;
};

/** Cues that decide how a sentence is framed and what cancels a match, for one language. */
export type FramingCues = {
  /** Negation and hypothetical words ("no", "never", "if", "risk of") that cancel a match. */
  readonly scope: RegExp;
  /** Phrases in which a scope word is not one ("no longer", "not sure if", "sin embargo"). */
  readonly pseudoScope: RegExp;
  /** Words that end a clause, so a negation before them does not reach past them. */
  readonly clauseBreak: RegExp;
  /** Sentence openers that make a question even before the officer types the "?". */
  readonly interrogativeOpener: RegExp;
  /** Requests for information ("I'd like data on …") that frame a sentence as an inquiry. */
  readonly informationRequest: RegExp;
  /** Patient-specific experience ("she got", "after the second dose") that keeps a question. */
  readonly experience: RegExp;
  /** Talk of trials, data and labels ("in the study", "incidence"): a question about the evidence. */
  readonly dataReference: RegExp;
  /** A particular person ("my patient", "mi hijo"): keeps a question that also cites data. */
  readonly personalReference: RegExp;
  /** Frequent function words, used only to break ties between languages. */
  readonly stopwords: readonly string[];
};

export type LanguageLexicon = {
  readonly language: ScreeningLanguage;
  readonly rules: readonly ScreeningRule[];
  readonly cues: FramingCues;
};
