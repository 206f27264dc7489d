import type { Country } from '../schemas/common';
import type { InquiryStatus, QuestionCategory } from '../schemas/inquiry';
import type { RequesterType } from '../schemas/requester';
import { IdGroups, plainTopic, type InquiryView, type Topic } from './inquiry-view';

export type TopicCount = Topic & { count: number; inquiryIds: string[] };
export type RequesterTypeCount = {
  requesterType: RequesterType;
  count: number;
  inquiryIds: string[];
};
export type CountryCount = { country: Country; count: number; inquiryIds: string[] };
export type StatusCount = { status: InquiryStatus; count: number; inquiryIds: string[] };
export type CategoryCount = {
  category: QuestionCategory;
  /** Questions asked in the category (an inquiry may ask two). */
  questions: number;
  /** Inquiries with at least one question in it. */
  count: number;
  inquiryIds: string[];
};

export type Breakdowns = {
  /** Inquiries per product and question category (an inquiry counts once per cell). */
  productCategory: TopicCount[];
  requesterTypes: RequesterTypeCount[];
  countries: CountryCount[];
  /** The most asked question categories, across products. */
  topQuestions: CategoryCount[];
  /** Where the inquiries stand: the response status of an event report. */
  statuses: StatusCount[];
};

/** How many categories the "top questions" figure keeps. */
export const topQuestionLimit = 10;

/** Inquiries by product × category, by requester type and country, and the top categories. */
export class BreakdownAccumulator {
  private readonly topics = new IdGroups<Topic>();
  private readonly requesterTypes = new IdGroups<{ requesterType: RequesterType }>();
  private readonly countries = new IdGroups<{ country: Country }>();
  private readonly categories = new IdGroups<{ category: QuestionCategory }>();
  private readonly questionCounts = new Map<QuestionCategory, number>();
  private readonly statuses = new IdGroups<{ status: InquiryStatus }>();

  add(view: InquiryView): void {
    const { inquiry } = view;
    for (const topic of view.topics)
      this.topics.add(topic.key, () => plainTopic(topic), inquiry.id);
    const { type, country } = inquiry.requester;
    this.requesterTypes.add(type, () => ({ requesterType: type }), inquiry.id);
    this.countries.add(country, () => ({ country }), inquiry.id);
    const { status } = inquiry;
    this.statuses.add(status, () => ({ status }), inquiry.id);
    for (const { category } of inquiry.questions) {
      this.categories.add(category, () => ({ category }), inquiry.id);
      this.questionCounts.set(category, (this.questionCounts.get(category) ?? 0) + 1);
    }
  }

  result(): Breakdowns {
    return {
      productCategory: this.topics.ranked(),
      requesterTypes: this.requesterTypes.ranked(),
      countries: this.countries.ranked(),
      topQuestions: this.categories
        .ranked()
        .map((entry) => ({ ...entry, questions: this.questionCounts.get(entry.category) ?? 0 }))
        .sort(
          (a, b) =>
            b.questions - a.questions || b.count - a.count || a.category.localeCompare(b.category),
        )
        .slice(0, topQuestionLimit),
      statuses: this.statuses.ranked(),
    };
  }
}

/** The breakdowns of views already filtered to the period. */
export function computeBreakdowns(views: Iterable<InquiryView>): Breakdowns {
  const accumulator = new BreakdownAccumulator();
  for (const view of views) accumulator.add(view);
  return accumulator.result();
}
