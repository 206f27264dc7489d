import type { Dashboard } from './dashboard';
import { column, type FigureLabels, type FigureTable } from './figures';

/** Volume over time and the breakdowns by product × category, requester, country, status. */
export function trendTables(dashboard: Dashboard, labels: FigureLabels): FigureTable[] {
  const { t } = labels;
  const { breakdowns } = dashboard;
  const count = column(t, 'inquiries', true);
  return [
    {
      id: 'volume',
      title: t('insights.figure.volume'),
      hint: t('insights.figure.volumeHint', {
        granularity: t(`insights.granularityName.${dashboard.granularity}`),
      }),
      chart: 'line',
      isStacked: false,
      labelColumn: 'bucket',
      seriesColumns: ['inquiries'],
      columns: [column(t, 'bucket'), count],
      rows: dashboard.volume.map((bucket) => ({
        cells: { bucket: bucket.bucket, inquiries: bucket.count },
        count: bucket.count,
        inquiryIds: bucket.inquiryIds,
      })),
    },
    {
      id: 'productCategory',
      title: t('insights.figure.productCategory'),
      hint: t('insights.figure.productCategoryHint'),
      chart: 'bar',
      isStacked: false,
      labelColumn: 'topic',
      seriesColumns: ['inquiries'],
      columns: [column(t, 'product'), column(t, 'category'), count],
      rows: breakdowns.productCategory.map((cell) => ({
        cells: {
          topic: labels.topic(cell),
          product: labels.product(cell.productId),
          category: labels.category(cell.category),
          inquiries: cell.count,
        },
        count: cell.count,
        inquiryIds: cell.inquiryIds,
      })),
    },
    {
      id: 'requesterTypes',
      title: t('insights.figure.requesterTypes'),
      hint: null,
      chart: 'bar',
      isStacked: false,
      labelColumn: 'requesterType',
      seriesColumns: ['inquiries'],
      columns: [column(t, 'requesterType'), count],
      rows: breakdowns.requesterTypes.map((entry) => ({
        cells: { requesterType: t(`requesterType.${entry.requesterType}`), inquiries: entry.count },
        count: entry.count,
        inquiryIds: entry.inquiryIds,
      })),
    },
    {
      id: 'countries',
      title: t('insights.figure.countries'),
      hint: null,
      chart: 'bar',
      isStacked: false,
      labelColumn: 'country',
      seriesColumns: ['inquiries'],
      columns: [column(t, 'country'), count],
      rows: breakdowns.countries.map((entry) => ({
        cells: { country: entry.country, inquiries: entry.count },
        count: entry.count,
        inquiryIds: entry.inquiryIds,
      })),
    },
    {
      id: 'topQuestions',
      title: t('insights.figure.topQuestions'),
      hint: t('insights.figure.topQuestionsHint'),
      chart: 'bar',
      isStacked: false,
      labelColumn: 'category',
      seriesColumns: ['questions'],
      columns: [column(t, 'category'), column(t, 'questions', true), count],
      rows: breakdowns.topQuestions.map((entry) => ({
        cells: {
          category: labels.category(entry.category),
          questions: entry.questions,
          inquiries: entry.count,
        },
        count: entry.count,
        inquiryIds: entry.inquiryIds,
      })),
    },
    {
      id: 'statuses',
      title: t('insights.figure.statuses'),
      hint: null,
      chart: 'bar',
      isStacked: false,
      labelColumn: 'status',
      seriesColumns: ['inquiries'],
      columns: [column(t, 'status'), count],
      rows: breakdowns.statuses.map((entry) => ({
        cells: { status: t(`inquiryStatus.${entry.status}`), inquiries: entry.count },
        count: entry.count,
        inquiryIds: entry.inquiryIds,
      })),
    },
  ];
}
