import { safetySignalKindSchema } from './signal';
import type { SafetySignal, SafetySignalKind } from './signal';

/**
 * The officer's decision on what screening found (issue 7): each of the three safety questions
 * answers one signal kind. Answering "no" to a kind that screening flagged is a dismissal, and a
 * dismissal needs a reason, which the inquiry's write path audits.
 */

export type ScreenAnswers = {
  hasAdverseEvent: boolean;
  hasQualityComplaint: boolean;
  hasSpecialSituation: boolean;
};

export const questionOfKind = {
  'adverse-event': 'hasAdverseEvent',
  'product-complaint': 'hasQualityComplaint',
  'special-situation': 'hasSpecialSituation',
} as const satisfies Record<SafetySignalKind, keyof ScreenAnswers>;

/**
 * The flagged kinds answered "no", in the questions' order. A question not answered yet
 * (undefined) is no dismissal.
 */
export function dismissedKinds(
  signals: readonly SafetySignal[],
  answers: Partial<ScreenAnswers>,
): SafetySignalKind[] {
  const flagged = new Set(signals.map((signal) => signal.kind));
  return safetySignalKindSchema.options.filter(
    (kind) => flagged.has(kind) && answers[questionOfKind[kind]] === false,
  );
}
