import { localDateOf } from '../domain/time';
import type { QuestionCategory } from '../schemas/inquiry';
import type { InsightsFilters } from './filters';
import type { InsightsInquiry } from './input';

/** The key of an inquiry without a product, in product-keyed figures. */
export const noProduct = '';

/**
 * A topic: one question category within one product. Trends, gaps and needs group by it, so
 * "interactions of Cardivex" and "interactions of Glyconor" are different topics.
 */
export type Topic = { productId: string; category: QuestionCategory };

/**
 * What every figure needs to know about an inquiry, worked out once per inquiry in the single
 * pass of `computeDashboard` rather than once per figure.
 */
export type InquiryView = {
  inquiry: InsightsInquiry;
  /** The local calendar date of receipt. */
  receivedDate: string;
  /** The products it counts for: its own, narrowed to the product filter; `noProduct` if none. */
  productIds: readonly string[];
  /** Its distinct topics, each with its `topicKey` worked out once. */
  topics: readonly KeyedTopic[];
};

export type KeyedTopic = Topic & { key: string };

/** The plain topic of a keyed one, as figures report it. */
export function plainTopic(topic: KeyedTopic): Topic {
  return { productId: topic.productId, category: topic.category };
}

export function topicKey(topic: Topic): string {
  return `${topic.productId}|${topic.category}`;
}

/** Builds the view of an inquiry under the filters. */
export function viewOf(
  inquiry: InsightsInquiry,
  filters: Pick<InsightsFilters, 'productId'>,
): InquiryView {
  const productIds =
    filters.productId !== null
      ? [filters.productId]
      : inquiry.productIds.length > 0
        ? inquiry.productIds
        : [noProduct];
  const topics: KeyedTopic[] = [];
  for (const productId of productIds) {
    for (const question of inquiry.questions) {
      const key = `${productId}|${question.category}`;
      if (!topics.some((topic) => topic.key === key)) {
        topics.push({ productId, category: question.category, key });
      }
    }
  }
  return { inquiry, receivedDate: localDateOf(inquiry.receivedAt), productIds, topics };
}

/** Counts and the inquiries behind them, grouped by a key; an inquiry counts once per key. */
export class IdGroups<Group> {
  private readonly groups = new Map<string, { group: Group; inquiryIds: string[] }>();

  add(key: string, group: () => Group, inquiryId: string): void {
    let entry = this.groups.get(key);
    if (entry === undefined) {
      entry = { group: group(), inquiryIds: [] };
      this.groups.set(key, entry);
    }
    if (entry.inquiryIds.at(-1) !== inquiryId) entry.inquiryIds.push(inquiryId);
  }

  get(key: string): { group: Group; inquiryIds: string[] } | undefined {
    return this.groups.get(key);
  }

  /** Every group with its count, largest first (ties by key, so the order is stable). */
  ranked(): (Group & { count: number; inquiryIds: string[] })[] {
    return [...this.groups.entries()]
      .sort(
        ([keyA, a], [keyB, b]) =>
          b.inquiryIds.length - a.inquiryIds.length || keyA.localeCompare(keyB),
      )
      .map(([, entry]) => ({
        ...entry.group,
        count: entry.inquiryIds.length,
        inquiryIds: entry.inquiryIds,
      }));
  }
}
