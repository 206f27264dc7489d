import { neutraliseFormula } from '../../../../shared/export/csv';
import { exportFileName, figureToCsv, type FigureTable } from '../../../../shared/insights';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { getPlatform } from '../../platform';
import { renderPdf } from './pdf-adapter';

export type ExportFormat = 'csv' | 'xlsx';

/** A byte-order mark, so spreadsheet programs read the CSV as UTF-8 (umlauts, accents). */
const utf8Bom = '\uFEFF';

/** The figure as an Excel workbook of one sheet; text cells neutralised like the CSV's. */
async function figureToXlsx(table: FigureTable): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  sheet.columns = table.columns.map((column) => ({
    header: neutraliseFormula(column.label),
    key: column.key,
    width: column.isNumeric ? 14 : 36,
  }));
  for (const row of table.rows) {
    sheet.addRow(
      Object.fromEntries(
        table.columns.map((column) => {
          const cell = row.cells[column.key];
          return [column.key, typeof cell === 'string' ? neutraliseFormula(cell) : cell];
        }),
      ),
    );
  }
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer()).slice();
}

/**
 * Saves one figure as CSV or XLSX (a save dialog on the desktop, a download in browser mode).
 * Returns the saved file's name, or null when the user cancelled. Throws when writing fails.
 */
export async function exportFigure(
  table: FigureTable,
  format: ExportFormat,
  today: string,
): Promise<string | null> {
  const bytes =
    format === 'csv'
      ? new TextEncoder().encode(utf8Bom + figureToCsv(table))
      : await figureToXlsx(table);
  const result = await getPlatform().saveFile({
    suggestedName: exportFileName(table.title, today, format),
    kind: format,
    bytes,
  });
  return result.saved ? result.fileName : null;
}

/** Renders a report definition and saves it as PDF; the saved name, or null when cancelled. */
export async function exportPdf(
  definition: TDocumentDefinitions,
  title: string,
  today: string,
): Promise<string | null> {
  const bytes = await renderPdf(definition);
  const result = await getPlatform().saveFile({
    suggestedName: exportFileName(title, today, 'pdf'),
    kind: 'pdf',
    bytes,
  });
  return result.saved ? result.fileName : null;
}
