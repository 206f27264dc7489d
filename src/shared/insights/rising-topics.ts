import { IdGroups, plainTopic, topicKey, type InquiryView, type Topic } from './inquiry-view';

/**
 * When a topic counts as rising (docs/decisions/0080): compared with the period of the same
 * length just before, it has
 * - at least `minimumCount` inquiries now (a guard: 1 → 2 is +100 % and means nothing),
 * - at least `minimumRise` more than before, relative (+50 %), and
 * - at least `minimumIncrease` more inquiries in absolute terms (2 → 3 is +50 % but one inquiry).
 * A topic with no inquiry before and at least `minimumCount` now is new, and rising.
 */
export const risingTopicRule = { minimumCount: 3, minimumRise: 0.5, minimumIncrease: 2 } as const;

export type RisingTopic = Topic & {
  current: number;
  previous: number;
  /** (current − previous) ÷ previous; null for a topic that is new this period. */
  rise: number | null;
  /** The inquiries of the current period. */
  inquiryIds: string[];
};

/** Whether a topic with these counts is rising by the rule above. */
export function isRising(current: number, previous: number): boolean {
  const { minimumCount, minimumRise, minimumIncrease } = risingTopicRule;
  if (current < minimumCount || current - previous < minimumIncrease) return false;
  return previous === 0 || (current - previous) / previous >= minimumRise;
}

/** Topic counts of the current and the previous period, then the rising ones. */
export class RisingTopicAccumulator {
  private readonly current = new IdGroups<Topic>();
  private readonly previous = new Map<string, number>();

  addCurrent(view: InquiryView): void {
    for (const topic of view.topics)
      this.current.add(topic.key, () => plainTopic(topic), view.inquiry.id);
  }

  addPrevious(view: InquiryView): void {
    for (const { key } of view.topics) this.previous.set(key, (this.previous.get(key) ?? 0) + 1);
  }

  /** Rising topics, the biggest rise first (new topics first of all, then by count). */
  result(): RisingTopic[] {
    return this.current
      .ranked()
      .map((entry) => {
        const previous = this.previous.get(topicKey(entry)) ?? 0;
        return {
          productId: entry.productId,
          category: entry.category,
          current: entry.count,
          previous,
          rise: previous === 0 ? null : (entry.count - previous) / previous,
          inquiryIds: entry.inquiryIds,
        };
      })
      .filter((topic) => isRising(topic.current, topic.previous))
      .sort(
        (a, b) =>
          (b.rise ?? Number.POSITIVE_INFINITY) - (a.rise ?? Number.POSITIVE_INFINITY) ||
          b.current - a.current ||
          topicKey(a).localeCompare(topicKey(b)),
      );
  }
}

/** Rising topics from the views of the current and of the previous period. */
export function computeRisingTopics(
  current: Iterable<InquiryView>,
  previous: Iterable<InquiryView>,
): RisingTopic[] {
  const accumulator = new RisingTopicAccumulator();
  for (const view of current) accumulator.addCurrent(view);
  for (const view of previous) accumulator.addPrevious(view);
  return accumulator.result();
}
