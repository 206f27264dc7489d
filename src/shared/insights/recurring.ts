import { IdGroups, plainTopic, topicKey, type InquiryView, type Topic } from './inquiry-view';

/**
 * When a topic recurs from one specialty or one country (docs/decisions/0080): at least
 * `minimumCount` inquiries of the period on the topic come from it, and they are at least
 * `minimumShare` of the topic's inquiries — a concentration worth a training or a new document
 * for that audience, not merely where most inquiries come from anyway.
 */
export const recurringRule = { minimumCount: 3, minimumShare: 0.5 } as const;

export type RecurringQuestion = Topic & {
  dimension: 'specialty' | 'country';
  /** The specialty (normalised) or the ISO country code. */
  value: string;
  count: number;
  /** count ÷ the topic's inquiries in the period. */
  share: number;
  inquiryIds: string[];
};

type Group = Topic & { dimension: RecurringQuestion['dimension']; value: string };

/** Topics asked again and again from one specialty or one country. */
export class RecurringAccumulator {
  private readonly topicTotals = new Map<string, number>();
  private readonly groups = new IdGroups<Group>();

  add(view: InquiryView): void {
    const { inquiry } = view;
    for (const keyed of view.topics) {
      const { key } = keyed;
      const topic = plainTopic(keyed);
      this.topicTotals.set(key, (this.topicTotals.get(key) ?? 0) + 1);
      const country = inquiry.requester.country;
      this.groups.add(
        `${key}|country|${country}`,
        () => ({ ...topic, dimension: 'country', value: country }),
        inquiry.id,
      );
      const specialty = inquiry.specialty;
      if (specialty !== null) {
        this.groups.add(
          `${key}|specialty|${specialty}`,
          () => ({ ...topic, dimension: 'specialty', value: specialty }),
          inquiry.id,
        );
      }
    }
  }

  result(): RecurringQuestion[] {
    return this.groups
      .ranked()
      .map((group) => ({
        ...group,
        share: group.count / (this.topicTotals.get(topicKey(group)) ?? group.count),
      }))
      .filter(
        (group) =>
          group.count >= recurringRule.minimumCount && group.share >= recurringRule.minimumShare,
      );
  }
}

/** Recurring questions of views already filtered to the period. */
export function computeRecurringQuestions(views: Iterable<InquiryView>): RecurringQuestion[] {
  const accumulator = new RecurringAccumulator();
  for (const view of views) accumulator.add(view);
  return accumulator.result();
}
