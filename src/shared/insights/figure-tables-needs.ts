import type { Dashboard } from './dashboard';
import { column, percent, type FigureLabels, type FigureTable } from './figures';

const topicColumnKey = 'topic';

/** Rising topics, off-label themes and recurring questions. */
export function needsTables(dashboard: Dashboard, labels: FigureLabels): FigureTable[] {
  const { t } = labels;
  const { needs } = dashboard;
  const topicColumn = {
    key: topicColumnKey,
    label: `${t('insights.column.product')} · ${t('insights.column.category')}`,
    isNumeric: false,
  };
  return [
    {
      id: 'risingTopics',
      title: t('insights.figure.risingTopics'),
      hint: t('insights.figure.risingTopicsHint'),
      chart: 'bar',
      isStacked: false,
      labelColumn: topicColumnKey,
      seriesColumns: ['previous', 'current'],
      columns: [
        topicColumn,
        column(t, 'previous', true),
        column(t, 'current', true),
        column(t, 'rise'),
      ],
      rows: needs.risingTopics.map((topic) => ({
        cells: {
          topic: labels.topic(topic),
          previous: topic.previous,
          current: topic.current,
          rise: topic.rise === null ? t('insights.newTopic') : percent(topic.rise),
        },
        count: topic.current,
        inquiryIds: topic.inquiryIds,
      })),
    },
    {
      id: 'offLabel',
      title: t('insights.figure.offLabel'),
      hint: null,
      chart: 'bar',
      isStacked: false,
      labelColumn: topicColumnKey,
      seriesColumns: ['inquiries'],
      columns: [topicColumn, column(t, 'inquiries', true)],
      rows: needs.offLabelThemes.map((theme) => ({
        cells: { topic: labels.topic(theme), inquiries: theme.count },
        count: theme.count,
        inquiryIds: theme.inquiryIds,
      })),
    },
    {
      id: 'recurring',
      title: t('insights.figure.recurring'),
      hint: t('insights.figure.recurringHint'),
      chart: 'none',
      isStacked: false,
      labelColumn: topicColumnKey,
      seriesColumns: ['inquiries'],
      columns: [
        topicColumn,
        column(t, 'dimension'),
        column(t, 'group'),
        column(t, 'inquiries', true),
        column(t, 'share', true),
      ],
      rows: needs.recurring.map((group) => ({
        cells: {
          topic: labels.topic(group),
          dimension: t(`insights.dimension.${group.dimension}`),
          group: group.value,
          inquiries: group.count,
          share: percent(group.share),
        },
        count: group.count,
        inquiryIds: group.inquiryIds,
      })),
    },
  ];
}
