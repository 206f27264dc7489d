/**
 * The admin CLI's only way to print. The server logs through pino; a CLI talks to a person at a
 * terminal, so plain lines on stdout (results) and stderr (errors) are right here.
 */
export type CliOutput = {
  line(text: string): void;
  error(text: string): void;
  table(rows: readonly Record<string, string>[]): void;
};

/**
 * Formats rows as aligned columns (the keys of the first row are the header).
 * @throws never
 */
export function formatTable(rows: readonly Record<string, string>[]): string[] {
  const first = rows[0];
  if (first === undefined) return ['(none)'];
  const columns = Object.keys(first);
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (cells: string[]): string =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    format(columns),
    format(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => format(columns.map((column) => row[column] ?? ''))),
  ];
}

/**
 * Output to the process's terminal.
 * @throws never
 */
export function consoleOutput(): CliOutput {
  return {
    // eslint-disable-next-line no-console -- the CLI's results are for the person at the terminal
    line: (text) => console.log(text),
    // eslint-disable-next-line no-console -- CLI errors go to stderr, not to a JSON log
    error: (text) => console.error(text),
    table(rows) {
      for (const text of formatTable(rows)) this.line(text);
    },
  };
}
