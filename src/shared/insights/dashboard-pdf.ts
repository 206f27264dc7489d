import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Dashboard } from './dashboard';
import type { FigureId, FigureTable } from './figures';
import { keyFigures } from './key-figures';
import { pdfFigure, pdfKeyFigures, reportDocument } from './pdf-report';
import type { Translate } from './translate';

/** The sections of the dashboard and the figures each holds, in reading order. */
export const dashboardSections: readonly { section: string; figures: readonly FigureId[] }[] = [
  {
    section: 'trends',
    figures: [
      'volume',
      'productCategory',
      'topQuestions',
      'requesterTypes',
      'countries',
      'statuses',
    ],
  },
  { section: 'serviceLevels', figures: ['serviceLevel', 'safety'] },
  { section: 'content', figures: ['mostUsed', 'gaps', 'neverUsed', 'expiring'] },
  { section: 'needs', figures: ['risingTopics', 'offLabel', 'recurring'] },
];

export type ReportMeta = {
  /** When it was generated, as the user reads it (their locale's date and time). */
  generatedAt: string;
  /** The active filters in words, e.g. "Product: Cardivex; Country: DE"; empty when none. */
  filterSummary: string;
};

/**
 * The dashboard as a pdfmake document definition (pure data). The renderer turns it into bytes
 * with its pdfmake adapter; nothing here touches fonts or files.
 */
export function buildDashboardPdf(
  dashboard: Dashboard,
  figures: readonly FigureTable[],
  t: Translate,
  meta: ReportMeta,
): TDocumentDefinitions {
  const title = t('insights.pdf.dashboardTitle');
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const content: Content[] = [
    { text: title, style: 'title' },
    {
      text: t('insights.pdf.period', { from: dashboard.period.from, to: dashboard.period.to }),
      style: 'subtitle',
    },
    {
      text: t('insights.pdf.filters', {
        filters: meta.filterSummary || t('insights.pdf.noFilters'),
      }),
      style: 'subtitle',
    },
    { text: t('insights.pdf.generated', { date: meta.generatedAt }), style: 'subtitle' },
    pdfKeyFigures(keyFigures(dashboard, t).slice(0, 5)),
    pdfKeyFigures(keyFigures(dashboard, t).slice(5)),
    ...dashboardSections.flatMap(({ section, figures: ids }) => [
      { text: t(`insights.section.${section}`), style: 'section' } satisfies Content,
      ...ids.flatMap((id) => {
        const table = byId.get(id);
        return table ? [pdfFigure(table, t)] : [];
      }),
    ]),
  ];
  return reportDocument(content, t, title);
}
