/**
 * CSV export (RFC 4180) with formula injection neutralised. A spreadsheet opening a CSV treats
 * a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, which can
 * run commands or leak data (OWASP, "CSV Injection"). Every exported text cell goes through
 * `neutraliseFormula`; numbers are written as numbers.
 */

export type CsvCell = string | number | boolean | null | undefined;

export type CsvColumn<Row> = {
  header: string;
  value: (row: Row) => CsvCell;
};

const formulaStart = /^[=+\-@\t\r]/;

/**
 * Prefixes a text that a spreadsheet would read as a formula with an apostrophe, which makes it
 * plain text there and is visible, so nothing is silently changed.
 */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: a header line, then one line per row, lines ended by CRLF (RFC 4180). */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [
    columns.map((column) => formatCell(column.header)),
    ...rows.map((row) => columns.map((column) => formatCell(column.value(row)))),
  ];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
