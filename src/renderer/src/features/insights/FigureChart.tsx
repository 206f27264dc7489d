import type { ReactNode } from 'react';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { seriesColours, type FigureTable } from '../../../../shared/insights';

/** Bars beyond this many make a chart unreadable; the table view lists them all. */
const maxChartRows = 12;
const barRowHeight = 30;

function numeric(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

type FigureChartProps = { table: FigureTable };

/**
 * A figure as a chart: a line for time series, horizontal bars otherwise (labels such as
 * "Cardivex · Interactions" stay readable). MUI X charts are keyboard-navigable: focus the chart
 * and move between values with the arrow keys.
 */
export function FigureChart({ table }: FigureChartProps): ReactNode {
  const rows = table.rows.filter((row) => row.isOffChart !== true);
  const shown = table.chart === 'line' ? rows : rows.slice(0, maxChartRows);
  const labels = shown.map((row) => String(row.cells[table.labelColumn] ?? ''));
  const series = table.seriesColumns.map((key) => ({
    id: key,
    label: table.columns.find((column) => column.key === key)?.label ?? key,
    data: shown.map((row) => numeric(row.cells[key])),
    ...(table.isStacked ? { stack: 'total' } : {}),
  }));
  if (table.chart === 'line') {
    return (
      <LineChart
        height={240}
        xAxis={[{ scaleType: 'point', data: labels }]}
        series={series.map((line) => ({
          ...line,
          curve: 'linear' as const,
          showMark: shown.length <= 40,
        }))}
        colors={[...seriesColours]}
        hideLegend
      />
    );
  }
  return (
    <BarChart
      height={Math.max(140, shown.length * barRowHeight + 60)}
      layout="horizontal"
      yAxis={[{ scaleType: 'band', data: labels, width: 210 }]}
      xAxis={[{ tickMinStep: 1 }]}
      series={series}
      colors={[...seriesColours]}
      hideLegend={series.length < 2}
    />
  );
}
