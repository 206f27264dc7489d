import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { FigureTable, InsightsFilters } from '../../../../shared/insights';
import type { ExportFormat } from './exports';
import { FigureChart } from './FigureChart';
import { FigureTableView } from './FigureTableView';

type FigureCardProps = {
  table: FigureTable;
  filters: InsightsFilters;
  /** Null when the user's role may not export. */
  onExport: ((table: FigureTable, format: ExportFormat) => void) | null;
};

/**
 * One figure: title, a chart/table switch, CSV and Excel export. Every chart has its table view;
 * a figure without a chart (lists of documents) shows only the table.
 */
export function FigureCard({ table, filters, onExport }: FigureCardProps): ReactNode {
  const { t } = useTranslation();
  const titleId = useId();
  const hasChart = table.chart !== 'none' && table.rows.length > 0;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const showsChart = hasChart && view === 'chart';
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, minWidth: 0 }}
      component="section"
      aria-labelledby={titleId}
      data-testid={`figure-${table.id}`}
    >
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1, minWidth: 200 }}>
          <Typography variant="subtitle1" component="h4" id={titleId} sx={{ fontWeight: 600 }}>
            {table.title}
          </Typography>
          {table.hint && (
            <Typography variant="body2" color="text.secondary">
              {table.hint}
            </Typography>
          )}
        </Box>
        {hasChart && (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={view}
            onChange={(_event, next: 'chart' | 'table' | null) => next && setView(next)}
            aria-label={t('insights.view.viewAs', { title: table.title })}
          >
            <ToggleButton value="chart">{t('insights.view.chart')}</ToggleButton>
            <ToggleButton value="table">{t('insights.view.table')}</ToggleButton>
          </ToggleButtonGroup>
        )}
        {onExport && (
          <Box sx={{ display: 'flex', gap: 0.5 }}>
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                size="small"
                variant="outlined"
                onClick={() => onExport(table, format)}
                aria-label={t('insights.view.exportLabel', {
                  title: table.title,
                  format: t(
                    format === 'csv' ? 'insights.view.exportCsv' : 'insights.view.exportXlsx',
                  ),
                })}
              >
                {t(format === 'csv' ? 'insights.view.exportCsv' : 'insights.view.exportXlsx')}
              </Button>
            ))}
          </Box>
        )}
      </Box>
      <Box sx={{ mt: 1 }}>
        {table.rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
            {t('insights.noData')}
          </Typography>
        ) : showsChart ? (
          <Box
            role="figure"
            aria-label={t('insights.view.chartLabel', { title: table.title })}
            data-testid={`chart-${table.id}`}
          >
            <FigureChart table={table} />
          </Box>
        ) : (
          <FigureTableView table={table} filters={filters} />
        )}
      </Box>
    </Paper>
  );
}
