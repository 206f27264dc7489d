import type { PdfAlignment } from '../pdf-content';

/*
 * GFM pipe tables. The CommonMark parser we use (mdast-util-from-markdown, without the GFM
 * extension, which is not installed) reads a table as a paragraph; SRDs use tables for dosing
 * schedules, so a paragraph whose source is exactly a pipe table is recognised here and printed
 * as a table. Only whole-paragraph tables are recognised; anything else stays a paragraph.
 */

export type PipeTable = {
  header: string[];
  alignments: PdfAlignment[];
  rows: string[][];
};

const delimiterCellPattern = /^:?-+:?$/;

/** The cells of one row: an outer pipe on either side is optional, `\|` is a literal pipe. */
function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function alignmentOf(delimiter: string): PdfAlignment {
  if (delimiter.startsWith(':') && delimiter.endsWith(':')) return 'center';
  return delimiter.endsWith(':') ? 'right' : 'left';
}

/** The table in `source`, or null when it is not a pipe table from its first line to its last. */
export function parsePipeTable(source: string): PipeTable | null {
  const lines = source.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [headerLine, delimiterLine, ...rowLines] = lines;
  if (headerLine === undefined || delimiterLine === undefined) return null;
  if (!lines.every((line) => line.includes('|'))) return null;
  const header = splitRow(headerLine);
  const delimiters = splitRow(delimiterLine);
  const isDelimiterRow =
    delimiters.length === header.length &&
    delimiters.every((cell) => delimiterCellPattern.test(cell));
  if (!isDelimiterRow) return null;
  const rows = rowLines.map((line) => {
    const cells = splitRow(line).slice(0, header.length);
    while (cells.length < header.length) cells.push('');
    return cells;
  });
  return { header, alignments: delimiters.map(alignmentOf), rows };
}
