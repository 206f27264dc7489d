import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildDashboardPdf,
  buildEventReportPdf,
  dashboardFigures,
  type Dashboard,
  type EventReport,
  type FigureTable,
  type Translate,
} from '../../../../shared/insights';
import { formatDateTime } from '../../components/formatting';
import { exportFigure, exportPdf, type ExportFormat } from './exports';

export type InsightsExports = {
  exportTable: (table: FigureTable, format: ExportFormat) => void;
  exportDashboard: (
    dashboard: Dashboard,
    figures: readonly FigureTable[],
    filterSummary: string,
  ) => void;
  exportEventReport: (report: EventReport) => Promise<void>;
};

/**
 * The export actions of the insights area. Each reports its outcome through `onMessage`
 * (saved file name, or the error): a failed export loses nothing and says why.
 */
export function useInsightsExports(
  today: string,
  translate: Translate,
  onMessage: (message: string) => void,
): InsightsExports {
  const { t, i18n } = useTranslation();
  const report = useCallback(
    async (work: () => Promise<string | null>): Promise<void> => {
      try {
        const fileName = await work();
        if (fileName !== null) onMessage(t('insights.view.exported', { fileName }));
      } catch (error) {
        onMessage(
          t('insights.view.exportFailed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    },
    [onMessage, t],
  );
  const generatedAt = useCallback(
    () => formatDateTime(new Date().toISOString(), i18n.language),
    [i18n.language],
  );
  return {
    exportTable: (table, format) => void report(() => exportFigure(table, format, today)),
    exportDashboard: (dashboard, figures, filterSummary) =>
      void report(() =>
        exportPdf(
          buildDashboardPdf(dashboard, figures, translate, {
            generatedAt: generatedAt(),
            filterSummary,
          }),
          t('insights.pdf.dashboardTitle'),
          today,
        ),
      ),
    exportEventReport: (eventReport) =>
      report(() =>
        exportPdf(
          buildEventReportPdf(
            eventReport,
            dashboardFigures(eventReport.dashboard, translate),
            translate,
            {
              generatedAt: generatedAt(),
            },
          ),
          t('insights.eventReport.title', { name: eventReport.event.name }),
          today,
        ),
      ),
  };
}
