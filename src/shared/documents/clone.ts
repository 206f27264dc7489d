import type { PdfDocument } from './pdf-content';

/** Arrays and plain objects copied; functions, dates and strings shared. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item)) as T; // same shape
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]: [string, unknown]) => [key, copy(item)]),
  ) as T; // same keys, copied values
}

/**
 * A copy of a document definition that pdfmake may change. pdfmake writes its layout into the
 * nodes it is given, so a definition rendered twice (preview, then save) would fail or differ:
 * the adapters render a copy and leave the builder's definition as it was.
 */
export function copyDocument(definition: PdfDocument): PdfDocument {
  return copy(definition);
}
