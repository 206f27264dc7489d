import type { Country, Timestamp } from '../schemas/common';
import type { Letterhead } from '../schemas/settings';
import { documentFontFamily } from './fonts';
import type { PdfContent, PdfDocument, PdfDocumentInfo, PdfStyle } from './pdf-content';

/*
 * The house layout shared by letters, receipts and booklets: page size, margins, styles, the
 * letterhead and the metadata that makes output reproducible.
 */

export type PageSize = PdfDocument['pageSize'];

const pageWidths: Record<PageSize, number> = { A4: 595.28, LETTER: 612 };
const sideMargin = 56;
export const pageMargins: [number, number, number, number] = [sideMargin, 48, sideMargin, 64];

/** Countries whose printers hold US Letter paper; everywhere else prints on A4. */
const letterPaperCountries: readonly Country[] = ['US', 'CA', 'MX', 'PH'];

export function pageSizeFor(country: Country): PageSize {
  return letterPaperCountries.includes(country) ? 'LETTER' : 'A4';
}

/*
 * Columns and tables that can hold text from people (names, addresses, SRD tables) get fixed or
 * percentage widths, never '*' or 'auto': pdfmake widens those to the longest unbreakable
 * word, so a 300-character URL would push the column off the page. With a fixed width it
 * breaks the word instead.
 */

/** Width of the text column in points. */
export function contentWidthOf(pageSize: PageSize): number {
  return pageWidths[pageSize] - 2 * sideMargin;
}

const ink = '#1f2933';
export const accentColor = '#1f3a5f';
export const warningColor = '#9b1c1c';
export const quietColor = '#52606d';

export const documentStyles: Record<string, PdfStyle> = {
  companyName: { fontSize: 14, bold: true, color: accentColor },
  letterheadLine: { fontSize: 8, color: quietColor },
  documentTitle: { fontSize: 15, bold: true, color: accentColor, margin: [0, 0, 0, 8] },
  heading: { fontSize: 11.5, bold: true, color: accentColor, margin: [0, 10, 0, 4] },
  subject: { fontSize: 11, bold: true, margin: [0, 14, 0, 12] },
  label: { fontSize: 8, color: quietColor },
  paragraph: { margin: [0, 0, 0, 6] },
  list: { margin: [0, 0, 0, 6] },
  quote: { italics: true, margin: [14, 0, 0, 6], color: '#323f4b' },
  codeBlock: { fontSize: 8.5, margin: [8, 2, 0, 8], color: '#323f4b' },
  codeInline: { color: '#323f4b', background: '#eef1f4' },
  markdownHeading1: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4] },
  markdownHeading2: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 3] },
  markdownHeading3: { fontSize: 10, bold: true, italics: true, margin: [0, 4, 0, 2] },
  markdownTable: { fontSize: 8.5, margin: [0, 2, 0, 8] },
  small: { fontSize: 7.5, color: quietColor },
  footer: { fontSize: 7.5, color: quietColor },
};

export const defaultDocumentStyle: PdfStyle = {
  font: documentFontFamily,
  fontSize: 9.5,
  lineHeight: 1.2,
  color: ink,
};

/** A heading left alone at the bottom of a page moves to the next one. */
export const keepHeadingsWithContent: NonNullable<PdfDocument['pageBreakBefore']> = (
  node,
  following,
) => node.headlineLevel !== undefined && following.getFollowingNodesOnPage().length === 0;

/** "+49 89 … · medinfo@… · www…": the ways to reach Medical Information, as one line. */
export function contactLine(letterhead: Letterhead): string {
  return [letterhead.phone, letterhead.email, letterhead.website].filter(Boolean).join(' · ');
}

const logoWidth = 130;

/** Logo (when there is one) on the left; name, department, address and contact on the right. */
export function letterheadBlock(
  letterhead: Letterhead,
  logoDataUrl: string | null,
  contentWidth: number,
): PdfContent {
  const reach = [[letterhead.phone, letterhead.email], [letterhead.website]].map((parts) =>
    parts.filter(Boolean).join(' · '),
  );
  const lines: PdfContent[] = [
    { text: letterhead.companyName, style: 'companyName' },
    ...[letterhead.department, letterhead.addressLines.join(', '), ...reach]
      .filter(Boolean)
      .map((line): PdfContent => ({ text: line, style: 'letterheadLine' })),
  ];
  return {
    stack: [
      {
        columns: [
          logoDataUrl
            ? { image: logoDataUrl, fit: [120, 48], width: logoWidth }
            : { text: '', width: logoWidth },
          { stack: lines, alignment: 'right', width: contentWidth - logoWidth },
        ],
      },
      rule(contentWidth, [0, 8, 0, 0], 0.75, accentColor),
    ],
  };
}

/** A horizontal rule across the text column. */
export function rule(
  width: number,
  margin: [number, number, number, number],
  lineWidth = 0.5,
  lineColor = quietColor,
): PdfContent {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth, lineColor }],
    margin,
  };
}

export type DocumentInfoInput = {
  title: string;
  author: string;
  subject: string;
  /** The moment the document was generated: fixed metadata makes output reproducible. */
  generatedAt: Timestamp;
};

export function documentInfo(input: DocumentInfoInput): PdfDocumentInfo {
  const generated = new Date(input.generatedAt);
  if (Number.isNaN(generated.getTime())) {
    throw new RangeError(`Not a timestamp: "${input.generatedAt}"`);
  }
  return {
    title: input.title,
    author: input.author,
    subject: input.subject,
    creator: 'MedInfo Desk',
    producer: 'MedInfo Desk (pdfmake)',
    creationDate: generated,
    modDate: generated,
  };
}
