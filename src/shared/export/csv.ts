/**
 * The one CSV writer of the app (safety reconciliation, inquiry exports): RFC 4180 — fields
 * separated by commas, records by CRLF, a field quoted when it holds a comma, a quote, CR or LF,
 * quotes doubled inside. Text cells that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) are neutralised with a leading apostrophe, as
 * OWASP's CSV-injection guidance recommends: an export opened in Excel must never execute
 * `=HYPERLINK(…)` typed by a requester. Numbers are written as numbers and never neutralised.
 */

export type CsvCell = string | number | boolean | null;

export type CsvColumn<T> = {
  header: string;
  value: (row: T) => CsvCell;
};

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** A text cell made safe to open in a spreadsheet. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV cell cannot hold ${cell}`);
    return String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const safe = neutraliseFormula(cell);
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export type CsvOptions = {
  /**
   * Start with U+FEFF so that Excel reads the file as UTF-8 (it guesses a legacy code page
   * otherwise and mangles "Müller"). Default true.
   */
  byteOrderMark?: boolean;
};

/**
 * CSV text of rows of cells, CRLF after every record (RFC 4180 allows it after the last).
 * Throws a RangeError for a non-finite number (NaN has no CSV form).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${row.map(formatCell).join(',')}\r\n`).join('');
  return (options.byteOrderMark ?? true) ? `\uFEFF${body}` : body;
}

/** CSV of records: a header row, then one row per record with each column's value. */
export function recordsToCsv<T>(
  columns: readonly CsvColumn<T>[],
  records: readonly T[],
  options: CsvOptions = {},
): string {
  const header = columns.map((column) => column.header);
  const rows = records.map((record) => columns.map((column) => column.value(record)));
  return toCsv([header, ...rows], options);
}
