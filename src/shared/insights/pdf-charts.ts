import type { CanvasElement, Content, TableCell } from 'pdfmake/interfaces';
import type { FigureTable } from './figures';

/*
 * Charts for PDF reports drawn with pdfmake's vector canvas, not pictures of the screen: they
 * need no browser canvas (so the same builder runs on the server or in a worker), stay sharp in
 * print, and their labels and values remain real text that a reader can copy and `pdftotext`
 * can check.
 */

/** Series colours, readable in greyscale print too (dark to light). */
export const seriesColours = ['#1f5f8b', '#7fb3d5', '#c0392b', '#f5b041'] as const;

const labelWidth = 170;
const valueWidth = 40;
const barHeight = 9;

function numeric(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * A horizontal bar chart of a figure, one row per table row: label, bar (stacked when the figure
 * has several series), total. `width` is the space available in points.
 */
export function pdfBarChart(table: FigureTable, width: number, maxRows = 12): Content {
  const rows = table.rows.filter((row) => row.isOffChart !== true).slice(0, maxRows);
  const values = rows.map((row) => table.seriesColumns.map((key) => numeric(row.cells[key])));
  const lengths = values.map((series) =>
    table.isStacked ? [series.reduce((sum, value) => sum + value, 0)] : series,
  );
  const largest = Math.max(1, ...lengths.flat());
  const barWidth = width - labelWidth - valueWidth - 10;
  const body: TableCell[][] = rows.map((row, index) => {
    const series = values[index] ?? [];
    return [
      { text: String(row.cells[table.labelColumn] ?? ''), fontSize: 8 },
      { canvas: barsOf(series, table.isStacked, barWidth / largest), margin: [0, 1, 0, 0] },
      {
        text: table.isStacked
          ? String(series.reduce((sum, value) => sum + value, 0))
          : series.join(' / '),
        fontSize: 8,
        alignment: 'right',
      },
    ];
  });
  return {
    table: {
      widths: [labelWidth, barWidth, valueWidth],
      body: body.length > 0 ? body : [['', '', '']],
    },
    layout: 'noBorders',
    margin: [0, 4, 0, 4],
  };
}

/** One row's bars: end to end when stacked, one under the other when compared. */
function barsOf(
  series: readonly number[],
  isStacked: boolean,
  pointsPerUnit: number,
): CanvasElement[] {
  const height = isStacked ? barHeight : barHeight / Math.max(1, series.length);
  let x = 0;
  return series.map((value, index) => {
    const length = Math.max(value * pointsPerUnit, 0);
    const rect: CanvasElement = {
      type: 'rect',
      x: isStacked ? x : 0,
      y: 1 + (isStacked ? 0 : index * height),
      w: length,
      h: height,
      color: seriesColours[index % seriesColours.length] ?? '#1f5f8b',
    };
    x += length;
    return rect;
  });
}

/** The legend of a chart with several series: a coloured square and the column's label each. */
export function pdfLegend(table: FigureTable): Content | null {
  if (table.seriesColumns.length < 2) return null;
  return {
    columns: table.seriesColumns.map((key, series) => ({
      width: 'auto',
      columns: [
        {
          canvas: [
            {
              type: 'rect',
              x: 0,
              y: 2,
              w: 8,
              h: 8,
              color: seriesColours[series % seriesColours.length] ?? '#1f5f8b',
            },
          ],
          width: 12,
        },
        {
          text: table.columns.find((column) => column.key === key)?.label ?? key,
          fontSize: 8,
          width: 'auto',
        },
      ],
      columnGap: 2,
    })),
    columnGap: 12,
    margin: [0, 0, 0, 4],
  };
}

/** A line chart of a figure's first series, with the first, middle and last labels below. */
export function pdfLineChart(table: FigureTable, width: number, height = 110): Content {
  const key = table.seriesColumns[0] ?? '';
  const values = table.rows.map((row) => numeric(row.cells[key]));
  const largest = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((value, index) => ({
    x: index * step,
    y: height - (value / largest) * height,
  }));
  const labels = table.rows.map((row) => String(row.cells[table.labelColumn] ?? ''));
  const middle = labels[Math.floor(labels.length / 2)] ?? '';
  return {
    stack: [
      { text: String(largest), fontSize: 7, color: '#555555' },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: height,
            x2: width,
            y2: height,
            lineWidth: 0.5,
            lineColor: '#888888',
          },
          { type: 'line', x1: 0, y1: 0, x2: 0, y2: height, lineWidth: 0.5, lineColor: '#888888' },
          ...(points.length > 1
            ? [{ type: 'polyline' as const, points, lineWidth: 1.5, lineColor: seriesColours[0] }]
            : []),
        ],
      },
      {
        columns: [
          { text: labels[0] ?? '', fontSize: 7, width: '*' },
          { text: middle, fontSize: 7, width: '*', alignment: 'center' },
          { text: labels.at(-1) ?? '', fontSize: 7, width: '*', alignment: 'right' },
        ],
      },
    ],
    margin: [0, 4, 0, 6],
  };
}
