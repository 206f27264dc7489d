/*
 * CSV as RFC 4180 describes it: CRLF between records, fields quoted when they hold a comma, a
 * quote, CR or LF, quotes doubled inside. Text that a spreadsheet would run as a formula is
 * neutralised first (OWASP "CSV injection"): exported inquiries hold text typed by anyone.
 */

export type CsvCell = string | number | boolean | null;

export type CsvColumn<Row> = {
  header: string;
  value: (row: Row) => CsvCell;
};

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell that cannot run as a formula: one starting with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading apostrophe, which spreadsheets show as text. Everything else is unchanged.
 */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  // Numbers and booleans are data the exporter produced, never a formula.
  const text = typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text with a header line; every line, the last included, ends in CRLF. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [
    columns.map((column) => field(column.header)),
    ...rows.map((row) => columns.map((column) => field(column.value(row)))),
  ];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
