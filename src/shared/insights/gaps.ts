import type { ResponseRecord } from './input';
import { topicKey, type InquiryView, type Topic } from './inquiry-view';

export type ContentGap = Topic & {
  /** Questions answered with text written for them rather than an approved document. */
  custom: number;
  /** Questions with no document linked and no response record naming one. */
  noDocument: number;
  /** custom + noDocument. */
  questions: number;
  inquiryIds: string[];
};

/**
 * Candidates for new standard responses: per topic, the questions answered with custom text or
 * with no document at all. A response record decides when there is one; without, a question with
 * no linked document is a gap. Cancelled inquiries never needed an answer and do not count.
 */
export class GapAccumulator {
  private readonly gaps = new Map<string, ContentGap>();

  /** `answers`: how each question was answered, by question id (from response records). */
  constructor(private readonly answers: ReadonlyMap<string, ResponseRecord['answeredWith']>) {}

  add(view: InquiryView): void {
    const { inquiry } = view;
    if (inquiry.status === 'cancelled') return;
    for (const question of inquiry.questions) {
      const answer = this.answers.get(question.id);
      const kind =
        answer === 'custom'
          ? 'custom'
          : answer === undefined && question.linkedDocumentIds.length === 0
            ? 'noDocument'
            : null;
      if (kind === null) continue;
      for (const productId of view.productIds) {
        this.count({ productId, category: question.category }, kind, inquiry.id);
      }
    }
  }

  result(): ContentGap[] {
    return [...this.gaps.values()].sort(
      (a, b) => b.questions - a.questions || topicKey(a).localeCompare(topicKey(b)),
    );
  }

  private count(topic: Topic, kind: 'custom' | 'noDocument', inquiryId: string): void {
    const key = topicKey(topic);
    let gap = this.gaps.get(key);
    if (gap === undefined) {
      gap = { ...topic, custom: 0, noDocument: 0, questions: 0, inquiryIds: [] };
      this.gaps.set(key, gap);
    }
    gap[kind] += 1;
    gap.questions += 1;
    if (gap.inquiryIds.at(-1) !== inquiryId) gap.inquiryIds.push(inquiryId);
  }
}

/** How each question was answered, from response records (the latest record wins). */
export function answersByQuestion(
  responses: readonly ResponseRecord[],
): Map<string, ResponseRecord['answeredWith']> {
  const latest = new Map<string, ResponseRecord>();
  for (const response of responses) {
    const known = latest.get(response.questionId);
    if (
      known === undefined ||
      (known !== response && Date.parse(response.at) >= Date.parse(known.at))
    ) {
      latest.set(response.questionId, response);
    }
  }
  return new Map([...latest].map(([questionId, response]) => [questionId, response.answeredWith]));
}

/** Content gaps of views already filtered to the period. */
export function computeGaps(
  views: Iterable<InquiryView>,
  responses: readonly ResponseRecord[],
): ContentGap[] {
  const accumulator = new GapAccumulator(answersByQuestion(responses));
  for (const view of views) accumulator.add(view);
  return accumulator.result();
}
