import { recordsToCsv, type CsvColumn } from '../export/csv';
import type { FigureRow, FigureTable } from './figures';

/** A figure's table as CSV: its columns, exactly as the table view shows them. */
export function figureToCsv(table: FigureTable): string {
  const columns: CsvColumn<FigureRow>[] = table.columns.map((column) => ({
    header: column.label,
    value: (row) => row.cells[column.key] ?? null,
  }));
  return recordsToCsv(columns, table.rows);
}

/** A file name for a figure's export: ASCII, no spaces, dated. */
export function exportFileName(title: string, today: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return `${slug || 'insights'}-${today}.${extension}`;
}
