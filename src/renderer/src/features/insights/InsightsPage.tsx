import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import {
  dashboardFigures,
  dashboardSections,
  keyFigures,
  noFilters,
  type InsightsFilters,
  type Translate,
} from '../../../../shared/insights';
import { currentPermissions, currentRole, currentServerConnection } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { todayInAffiliateCalendar } from '../../components/today';
import { useInsightsSource } from '../../data';
import { DataSourceSwitch } from './DataSourceSwitch';
import { EventReportPanel } from './EventReportPanel';
import { FigureCard } from './FigureCard';
import { FilterBar } from './FilterBar';
import { filterOptionsOf, filterSummaryOf } from './filter-options';
import { KeyFigures } from './KeyFigures';
import { periodOf, type PeriodPreset } from './period';
import { useInsights } from './use-insights';
import { useInsightsExports } from './use-insights-exports';

/** Roles that may ask the server for the team's figures (src/server/routes/insights.ts). */
const teamRoles: readonly string[] = ['mi-specialist', 'admin'];

/**
 * Insights: inquiry trends, service levels, safety forwarding, content use and unmet educational
 * needs over a period and filters, computed off the main thread; every chart has a table, every
 * figure links to its inquiries, every view exports (for roles allowed to export).
 */
export function InsightsPage(): ReactNode {
  const { t } = useTranslation();
  const today = useMemo(() => todayInAffiliateCalendar(), []);
  const source = useInsightsSource();
  const [preset, setPreset] = useState<PeriodPreset>('last365');
  const [filterState, setFilterState] = useState<InsightsFilters>(noFilters);
  const filters = useMemo(
    () => ({ ...filterState, ...periodOf(preset, today, filterState) }),
    [filterState, preset, today],
  );
  const connection = currentServerConnection();
  const canSeeTeam = connection !== null && teamRoles.includes(currentRole());
  const [isTeam, setTeam] = useState(false);
  const { dashboard, isComputing, error, computeEventReport } = useInsights(
    source,
    filters,
    today,
    isTeam && canSeeTeam ? connection : null,
  );
  const translate: Translate = useCallback((key, values) => t(key, values), [t]);
  const figures = useMemo(
    () => (dashboard ? dashboardFigures(dashboard, translate) : []),
    [dashboard, translate],
  );
  const options = useMemo(() => filterOptionsOf(source), [source]);
  const [message, setMessage] = useState<string | null>(null);
  const exports = useInsightsExports(today, translate, setMessage);
  const canExport = currentPermissions().canExport;
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return (
    <>
      <PageHeader
        title={t('insights.title')}
        actions={
          <>
            <DataSourceSwitch
              isTeam={isTeam && canSeeTeam}
              isAvailable={canSeeTeam}
              onChange={setTeam}
            />
            {canExport && dashboard && (
              <Button
                variant="outlined"
                onClick={() =>
                  exports.exportDashboard(dashboard, figures, filterSummaryOf(filters, options, t))
                }
              >
                {t('insights.view.exportPdf')}
              </Button>
            )}
          </>
        }
      />
      <FilterBar
        preset={preset}
        filters={filters}
        options={options}
        onPreset={setPreset}
        onChange={(change) => {
          if ('from' in change || 'to' in change) setPreset('custom');
          setFilterState((previous) => ({ ...previous, ...filters, ...change }));
        }}
        onReset={() => {
          setPreset('last365');
          setFilterState(noFilters);
        }}
      />
      {(source === undefined || isComputing) && (
        <LinearProgress aria-label={t('insights.computing')} sx={{ mb: 2 }} />
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('insights.failed', { message: error })}
        </Alert>
      )}
      {!canExport && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('insights.view.noExportPermission')}
        </Typography>
      )}
      {dashboard && (
        <Box data-testid="insights-dashboard" aria-busy={isComputing}>
          <KeyFigures figures={keyFigures(dashboard, translate)} filters={filters} />
          {dashboardSections.map(({ section, figures: ids }) => (
            <Box
              component="section"
              key={section}
              sx={{ mb: 4 }}
              aria-labelledby={`insights-${section}`}
            >
              <Typography variant="h6" component="h3" id={`insights-${section}`} sx={{ mb: 1.5 }}>
                {t(`insights.section.${section}`)}
              </Typography>
              <Box
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' },
                  alignItems: 'start',
                  gap: 2,
                }}
              >
                {ids.flatMap((id) => {
                  const table = byId.get(id);
                  return table
                    ? [
                        <FigureCard
                          key={id}
                          table={table}
                          filters={filters}
                          onExport={canExport ? exports.exportTable : null}
                        />,
                      ]
                    : [];
                })}
              </Box>
            </Box>
          ))}
          <Box component="section" aria-labelledby="insights-event-report">
            <Typography variant="h6" component="h3" id="insights-event-report" sx={{ mb: 1.5 }}>
              {t('insights.section.eventReport')}
            </Typography>
            <EventReportPanel
              events={options.events}
              onGenerate={
                canExport
                  ? async (eventId) => exports.exportEventReport(await computeEventReport(eventId))
                  : null
              }
            />
          </Box>
        </Box>
      )}
      <Snackbar
        open={message !== null}
        autoHideDuration={6000}
        onClose={() => setMessage(null)}
        message={message}
      />
    </>
  );
}
