import type { Dashboard } from './dashboard';
import { column, plainRow, type FigureLabels, type FigureTable } from './figures';

/** Most used, never used and expiring documents, and the content gaps. */
export function contentTables(dashboard: Dashboard, labels: FigureLabels): FigureTable[] {
  const { t } = labels;
  const { content, names } = dashboard;
  const title = (documentId: string): string => names.documents[documentId]?.title ?? documentId;
  const reference = (documentId: string): string | null =>
    names.documents[documentId]?.reference ?? null;
  return [
    {
      id: 'mostUsed',
      title: t('insights.figure.mostUsed'),
      hint: null,
      chart: 'bar',
      isStacked: true,
      labelColumn: 'reference',
      seriesColumns: ['sent', 'verbal'],
      columns: [
        column(t, 'reference'),
        column(t, 'document'),
        column(t, 'sent', true),
        column(t, 'verbal', true),
        column(t, 'total', true),
      ],
      rows: content.mostUsed.map((usage) => ({
        cells: {
          reference: reference(usage.documentId) ?? title(usage.documentId),
          document: title(usage.documentId),
          sent: usage.sent,
          verbal: usage.verbal,
          total: usage.total,
        },
        count: usage.inquiryIds.length,
        inquiryIds: usage.inquiryIds,
      })),
    },
    {
      id: 'neverUsed',
      title: t('insights.figure.neverUsed'),
      hint: null,
      chart: 'none',
      isStacked: false,
      labelColumn: 'reference',
      seriesColumns: [],
      columns: [column(t, 'reference'), column(t, 'document')],
      rows: content.neverUsedIds.map((documentId) =>
        plainRow({ reference: reference(documentId), document: title(documentId) }),
      ),
    },
    {
      id: 'expiring',
      title: t('insights.figure.expiring'),
      hint: null,
      chart: 'none',
      isStacked: false,
      labelColumn: 'reference',
      seriesColumns: ['daysLeft'],
      columns: [
        column(t, 'reference'),
        column(t, 'document'),
        column(t, 'reviewDate'),
        column(t, 'daysLeft', true),
      ],
      rows: content.expiring.map((document) =>
        plainRow({
          reference: reference(document.documentId),
          document: title(document.documentId),
          reviewDate: document.reviewDate,
          daysLeft: document.daysLeft,
        }),
      ),
    },
    {
      id: 'gaps',
      title: t('insights.figure.gaps'),
      hint: t('insights.figure.gapsHint'),
      chart: 'bar',
      isStacked: true,
      labelColumn: 'topic',
      seriesColumns: ['custom', 'noDocument'],
      columns: [
        {
          key: 'topic',
          label: `${t('insights.column.product')} · ${t('insights.column.category')}`,
          isNumeric: false,
        },
        column(t, 'custom', true),
        column(t, 'noDocument', true),
        column(t, 'questions', true),
      ],
      rows: dashboard.gaps.map((gap) => ({
        cells: {
          topic: labels.topic(gap),
          custom: gap.custom,
          noDocument: gap.noDocument,
          questions: gap.questions,
        },
        count: gap.inquiryIds.length,
        inquiryIds: gap.inquiryIds,
      })),
    },
  ];
}
