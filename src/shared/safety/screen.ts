import type { SafetySignal } from './signal';
import { collectCandidates } from './screening/candidates';
import type { Candidate } from './screening/candidates';
import { combinedCues } from './screening/lexicons';
import { normalizeForMatching } from './screening/normalize';
import { removeOverlaps, withoutIndications } from './screening/overlaps';
import { isNegatedOrHypothetical } from './screening/scope';
import { isInformationInquiry, splitSentences } from './screening/sentences';

/**
 * Screens free text (an inquiry, a note, a call summary) for adverse events, product quality
 * complaints and the special situations of GVP VI.B.6, in English, German, French and Spanish.
 * Runs while the officer types: pure, deterministic, linear in the length of the text, and it
 * never throws. Questions about safety data ("what are the side effects?"), requests for
 * information, negations ("no side effects so far") and hypotheticals ("if she gets a rash") do
 * not signal; a question that tells of a patient's experience does. Offsets index `text`.
 */
export function screenText(text: string): SafetySignal[] {
  if (text.length === 0) return [];
  const normalized = normalizeForMatching(text);
  const sentences = splitSentences(normalized.text);
  const candidates = collectCandidates(normalized.text, sentences);
  if (candidates.length === 0) return [];

  const inquiryBySentence = new Map<number, boolean>();
  const isInquiry = (index: number): boolean => {
    let cached = inquiryBySentence.get(index);
    if (cached === undefined) {
      const sentence = sentences[index]!;
      cached = isInformationInquiry(
        normalized.text.slice(sentence.start, sentence.end),
        combinedCues,
      );
      inquiryBySentence.set(index, cached);
    }
    return cached;
  };

  // Which characters belong to some match: their words are a signal's own, not a negation.
  const signalWording = new Uint8Array(normalized.text.length);
  for (const candidate of candidates) signalWording.fill(1, candidate.start, candidate.end);
  const isSignalWording = (offset: number): boolean => signalWording[offset] === 1;

  const accepted = candidates.filter(
    (candidate) =>
      !isInquiry(candidate.sentence) &&
      !isNegatedOrHypothetical(
        normalized.text,
        sentences[candidate.sentence]!,
        candidate,
        isSignalWording,
        combinedCues,
      ),
  );

  return removeOverlaps(withoutIndications(accepted), normalized.text)
    .map((candidate) => toSignal(text, normalized.originalStart, normalized.originalEnd, candidate))
    .sort(
      (left, right) =>
        left.start - right.start ||
        right.end - left.end ||
        signalKey(left).localeCompare(signalKey(right)),
    );
}

function signalKey(signal: SafetySignal): string {
  return signal.kind === 'special-situation' ? `${signal.kind}:${signal.situation}` : signal.kind;
}

function toSignal(
  text: string,
  originalStart: Int32Array,
  originalEnd: Int32Array,
  candidate: Candidate,
): SafetySignal {
  const start = originalStart[candidate.start]!;
  const end = originalEnd[candidate.end - 1]!;
  const span = { matchedText: text.slice(start, end), start, end, language: candidate.language };
  return candidate.target.kind === 'special-situation'
    ? { kind: 'special-situation', situation: candidate.target.situation, ...span }
    : { kind: candidate.target.kind, ...span };
}

const warmUpSample =
  'She came out in a rash; the pen jammed. Er bekam Ausschlag. Elle a été hospitalisée. ' +
  '¿Tuvo una reacción alérgica? It did not work, mixed it with warfarin.';

/**
 * Compiles every screening pattern ahead of time. The JavaScript engine compiles a regular
 * expression on its first use, so the very first screenText call costs around 100 ms; call this
 * once when the app is idle (after start-up) so the officer's first keystroke does not pay it.
 */
export function warmUpScreening(): void {
  screenText(warmUpSample);
  screenText(warmUpSample);
}
