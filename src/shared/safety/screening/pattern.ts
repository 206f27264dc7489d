import type { ScreeningRule, SignalTarget } from './types';
import type { SpecialSituation } from '../signal';

/**
 * Small builders that keep the lexicons readable. Every pattern is built from alternatives of
 * literal words and bounded gaps only: no nested unbounded quantifiers, so no pattern can
 * backtrack catastrophically on long or hostile text.
 */

/** Whole-word alternatives as one global pattern. */
export function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'g');
}

/** Whole-word alternatives as a plain (non-global, stateless) test pattern. */
export function containsAnyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}

/** Alternatives that must end right where the match begins (see ScreeningRule.before). */
export function precededBy(alternatives: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})$`);
}

/** Alternatives that must begin right where the match ends (see ScreeningRule.after). */
export function followedBy(alternatives: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})\\b`);
}

/** The alternatives as one group, for use inside another pattern. */
export function group(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Between zero and `maxWords` intervening words (spaces and commas between them). */
export function gap(maxWords: number): string {
  return `(?:[\\s,]+[\\w'-]+){0,${maxWords}}[\\s,]+`;
}

type RuleOptions = Omit<ScreeningRule, 'target' | 'pattern'>;

function rule(target: SignalTarget, pattern: RegExp, options: RuleOptions): ScreeningRule {
  return { target, pattern, ...options };
}

export function adverseEvent(pattern: RegExp, options: RuleOptions = {}): ScreeningRule {
  return rule({ kind: 'adverse-event' }, pattern, options);
}

export function productComplaint(pattern: RegExp, options: RuleOptions = {}): ScreeningRule {
  return rule({ kind: 'product-complaint' }, pattern, options);
}

export function specialSituation(
  situation: SpecialSituation,
  pattern: RegExp,
  options: RuleOptions = {},
): ScreeningRule {
  return rule({ kind: 'special-situation', situation }, pattern, options);
}
