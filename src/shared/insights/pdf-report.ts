import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FigureCell, FigureTable } from './figures';
import { pdfBarChart, pdfLegend, pdfLineChart } from './pdf-charts';
import type { Translate } from './translate';

/** A4 portrait with 40 pt margins leaves this much width for content. */
export const contentWidth = 515;
/** Rows of a figure's table that a printed report lists; the exports carry them all. */
const maxPrintedRows = 25;

function formatCell(value: FigureCell | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

/** A figure's table as a pdfmake table, header row repeated on every page. */
export function pdfFigureTable(table: FigureTable, t: Translate): Content {
  if (table.rows.length === 0)
    return { text: t('insights.pdf.empty'), italics: true, fontSize: 9, margin: [0, 2, 0, 8] };
  const header: TableCell[] = table.columns.map((column) => ({
    text: column.label,
    bold: true,
    fontSize: 8,
    alignment: column.isNumeric ? 'right' : 'left',
  }));
  const body: TableCell[][] = table.rows.slice(0, maxPrintedRows).map((row) =>
    table.columns.map((column) => ({
      text: formatCell(row.cells[column.key]),
      fontSize: 8,
      alignment: column.isNumeric ? 'right' : 'left',
    })),
  );
  const more = table.rows.length - maxPrintedRows;
  return {
    stack: [
      {
        table: {
          headerRows: 1,
          widths: table.columns.map((column) => (column.isNumeric ? 'auto' : '*')),
          body: [header, ...body],
        },
        layout: 'lightHorizontalLines',
      },
      ...(more > 0 ? [{ text: `… +${more}`, fontSize: 8, italics: true }] : []),
    ],
    margin: [0, 2, 0, 10],
  };
}

/** One figure: heading, hint, chart (bars or line) and its table. */
export function pdfFigure(table: FigureTable, t: Translate): Content {
  const chart: Content[] =
    table.rows.length === 0 || table.chart === 'none'
      ? []
      : table.chart === 'line'
        ? [pdfLineChart(table, contentWidth)]
        : [pdfLegend(table), pdfBarChart(table, contentWidth)].filter(
            (part): part is Content => part !== null,
          );
  return {
    stack: [
      { text: table.title, style: 'figureTitle' },
      ...(table.hint ? [{ text: table.hint, style: 'hint' }] : []),
      ...chart,
      pdfFigureTable(table, t),
    ],
    unbreakable: table.rows.length <= 8,
  };
}

/** The frame every insights report shares: styles, footer with page numbers and a notice. */
export function reportDocument(
  content: Content[],
  t: Translate,
  title: string,
): TDocumentDefinitions {
  return {
    info: { title, subject: title },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    content,
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: t('insights.pdf.confidential'), fontSize: 7, color: '#555555' },
        {
          text: t('insights.pdf.page', { page: currentPage, pages: pageCount }),
          fontSize: 7,
          alignment: 'right',
        },
      ],
      margin: [40, 15, 40, 0],
    }),
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 10, color: '#333333', margin: [0, 0, 0, 2] },
      section: { fontSize: 13, bold: true, margin: [0, 12, 0, 6], color: '#1f5f8b' },
      figureTitle: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      hint: { fontSize: 8, color: '#555555', margin: [0, 0, 0, 2] },
      kpiValue: { fontSize: 14, bold: true },
      kpiLabel: { fontSize: 8, color: '#555555' },
    },
    defaultStyle: { fontSize: 9 },
  };
}

/** A row of key figures, label under value. */
export function pdfKeyFigures(figures: readonly { label: string; value: string }[]): Content {
  return {
    table: {
      widths: figures.map(() => '*'),
      body: [
        figures.map((figure) => ({
          stack: [
            { text: figure.value, style: 'kpiValue' },
            { text: figure.label, style: 'kpiLabel' },
          ],
        })),
      ],
    },
    layout: 'noBorders',
    margin: [0, 6, 0, 6],
  };
}
