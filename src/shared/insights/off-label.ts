import { IdGroups, plainTopic, type InquiryView, type Topic } from './inquiry-view';

export type OffLabelTheme = Topic & { count: number; inquiryIds: string[] };

/**
 * Off-label themes by product: what unapproved uses are asked about. An inquiry is off-label when
 * it is marked so (its unsolicited confirmation was recorded) or asks an `off-label` question; its
 * themes are the categories of its questions, so "special populations" under an off-label
 * inquiry reads as "off-label use in special populations".
 */
export class OffLabelAccumulator {
  private readonly themes = new IdGroups<Topic>();

  add(view: InquiryView): void {
    const { inquiry } = view;
    const isOffLabel =
      inquiry.isOffLabel || inquiry.questions.some((question) => question.category === 'off-label');
    if (!isOffLabel) return;
    for (const topic of view.topics)
      this.themes.add(topic.key, () => plainTopic(topic), inquiry.id);
  }

  result(): OffLabelTheme[] {
    return this.themes.ranked();
  }
}

/** Off-label themes of views already filtered to the period. */
export function computeOffLabelThemes(views: Iterable<InquiryView>): OffLabelTheme[] {
  const accumulator = new OffLabelAccumulator();
  for (const view of views) accumulator.add(view);
  return accumulator.result();
}
