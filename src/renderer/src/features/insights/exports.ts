import { exportFileName, figureToCsv, type FigureTable } from '../../../../shared/insights';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { getPlatform } from '../../platform';
import { renderPdf } from './pdf-adapter';
import { figureToXlsx } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx';

/** A byte-order mark, so spreadsheet programs read the CSV as UTF-8 (umlauts, accents). */

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
      ? new TextEncoder().encode(figureToCsv(table)) // figureToCsv starts with the byte-order mark
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
