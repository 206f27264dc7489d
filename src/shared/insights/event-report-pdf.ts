import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportMeta } from './dashboard-pdf';
import type { EventReport } from './event-report';
import type { FigureId, FigureTable } from './figures';
import { pdfFigure, pdfKeyFigures, reportDocument } from './pdf-report';
import type { Translate } from './translate';

/** What the post-congress debrief looks at, in order. */
const eventFigures: readonly FigureId[] = [
  'productCategory',
  'topQuestions',
  'requesterTypes',
  'countries',
  'statuses',
  'safety',
  'offLabel',
  'gaps',
];

const answeredStatuses = new Set(['answered', 'closed']);

/**
 * The event report of one congress as a pdfmake document definition: the booth's inquiries by
 * product, topic and requester, the safety reports captured there and where the answers stand.
 */
export function buildEventReportPdf(
  report: EventReport,
  figures: readonly FigureTable[],
  t: Translate,
  meta: Pick<ReportMeta, 'generatedAt'>,
): TDocumentDefinitions {
  const { event, dashboard } = report;
  const title = t('insights.eventReport.title', { name: event.name });
  const answered = dashboard.breakdowns.statuses
    .filter((entry) => answeredStatuses.has(entry.status))
    .reduce((sum, entry) => sum + entry.count, 0);
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const content: Content[] = [
    { text: title, style: 'title' },
    {
      text: t('insights.eventReport.subtitle', {
        city: event.city,
        from: event.startDate,
        to: event.endDate,
      }),
      style: 'subtitle',
    },
    ...(event.boothLabel
      ? [{ text: t('insights.eventReport.booth', { booth: event.boothLabel }), style: 'subtitle' }]
      : []),
    { text: t('insights.pdf.generated', { date: meta.generatedAt }), style: 'subtitle' },
    { text: t('insights.eventReport.summary'), style: 'section' },
    pdfKeyFigures([
      { label: t('insights.eventReport.inquiries'), value: String(dashboard.totals.inquiries) },
      { label: t('insights.eventReport.safetyReports'), value: String(dashboard.safety.captured) },
      { label: t('insights.eventReport.answered'), value: String(answered) },
      { label: t('insights.eventReport.open'), value: String(dashboard.serviceLevel.open) },
    ]),
    ...eventFigures.flatMap((id) => {
      const table = byId.get(id);
      return table ? [pdfFigure(table, t)] : [];
    }),
  ];
  return reportDocument(content, t, title);
}
