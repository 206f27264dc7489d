import { neutraliseFormula } from '../../../../shared/export/csv';
import type { FigureTable } from '../../../../shared/insights';

/**
 * The figure as an Excel workbook of one sheet, its columns as the table view shows them. Text
 * cells are neutralised like the CSV's: a cell typed as text is not evaluated by Excel, but a
 * user who edits it, or another program reading the values, could still turn it into a formula.
 * exceljs loads on first use (it is large).
 */
export async function figureToXlsx(table: FigureTable): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheetName = table.title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  const sheet = workbook.addWorksheet(sheetName || 'Insights');
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
