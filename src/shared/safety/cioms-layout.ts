import type { CanvasElement, Content, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { localDateOf } from '../domain/time';
import type { Timestamp } from '../schemas/common';

/**
 * Building blocks of the CIOMS I layout as pdfmake content: numbered boxes with a small caption
 * and the value under it, and checkboxes drawn as vectors (a font need not have ☐ or ☒).
 */

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** CIOMS writes dates day, month, year: `03 MAR 2026`, `MAR 2026`, `2026`; empty when unknown. */
export function ciomsDate(date: string | null): string {
  if (date === null) return '';
  const [year = '', month, day] = date.split('-');
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}

/** The local date of a timestamp in CIOMS form, with the time and offset after it. */
export function ciomsMoment(timestamp: Timestamp): string {
  return `${ciomsDate(localDateOf(timestamp))} ${timestamp.slice(11, 16)} (UTC${timestamp.slice(23) === 'Z' ? '' : timestamp.slice(23)})`;
}

/** A numbered box: caption in small capitals over its value. */
export function box(
  caption: string,
  value: Content,
  options: { colSpan?: number } = {},
): TableCell {
  return {
    stack: [
      { text: caption, style: 'caption' },
      typeof value === 'string' ? { text: value === '' ? ' ' : value, style: 'value' } : value,
    ],
    ...(options.colSpan === undefined ? {} : { colSpan: options.colSpan }),
  };
}

/** Checkboxes side by side, each as wide as its label. */
export function checkboxRow(items: readonly (readonly [string, boolean])[]): Content {
  return {
    columns: items.flatMap(([label, isTicked]) => [
      { width: boxSize + 4, canvas: boxShapes(isTicked) },
      { width: 'auto', text: label, style: 'checkLabel', margin: [0, 1, 14, 0] },
    ]),
    margin: [0, 1, 0, 1],
  };
}

const boxSize = 7;

function boxShapes(isTicked: boolean): CanvasElement[] {
  const square: CanvasElement = {
    type: 'rect',
    x: 0,
    y: 1,
    w: boxSize,
    h: boxSize,
    lineWidth: 0.7,
  };
  const cross: CanvasElement[] = [
    { type: 'line', x1: 1, y1: 2, x2: boxSize - 1, y2: boxSize, lineWidth: 1 },
    { type: 'line', x1: boxSize - 1, y1: 2, x2: 1, y2: boxSize, lineWidth: 1 },
  ];
  return isTicked ? [square, ...cross] : [square];
}

/** A checkbox and its label on a line of its own; ticked boxes carry a cross. */
export function checkbox(label: string, isTicked: boolean): Content {
  return {
    columns: [
      { width: boxSize + 4, canvas: boxShapes(isTicked) },
      { width: '*', text: label, style: 'checkLabel' },
    ],
    margin: [0, 1, 0, 1],
  };
}

/** A row of empty cells that complete a spanned cell (pdfmake wants one entry per column). */
export function spanned(count: number): TableCell[] {
  return Array.from({ length: count }, (): TableCell => ({ text: '' }));
}

/** A section heading bar across the form. */
export function sectionHeading(title: string, columns: number): TableCell[] {
  return [
    { text: title, style: 'section', colSpan: columns, fillColor: '#e6e6e6' },
    ...spanned(columns - 1),
  ];
}

/** Lines numbered `#1 …`, `#2 …` for boxes that list several drugs. */
export function numbered(lines: readonly string[]): string {
  return lines.length <= 1
    ? (lines[0] ?? '')
    : lines.map((line, index) => `#${index + 1} ${line}`).join('\n');
}

export const ciomsStyles = {
  title: { fontSize: 13, bold: true },
  subtitle: { fontSize: 8, color: '#333333' },
  section: { fontSize: 8, bold: true, margin: [2, 2, 2, 2] },
  caption: { fontSize: 6, bold: true, color: '#333333' },
  value: { fontSize: 8.5, margin: [0, 2, 0, 1] },
  checkLabel: { fontSize: 6.5 },
  missing: { fontSize: 8.5, color: '#b00020' },
} satisfies StyleDictionary;
