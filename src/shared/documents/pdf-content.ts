/*
 * The part of pdfmake's document-definition format that our builders use, written here rather
 * than imported from @types/pdfmake: those declarations pull the DOM and Node globals into
 * whatever program imports them, which would let `window` and `process` compile in src/shared
 * (docs/decisions/0040). Every shape is a structural subset of @types/pdfmake, and the two
 * adapters hand these definitions to pdfmake's own `createPdf` without a cast, so the compiler
 * checks the subset against the real types on every build.
 */

export type PdfMargins = number | [number, number] | [number, number, number, number];
export type PdfAlignment = 'left' | 'right' | 'justify' | 'center';
export type PdfColumnWidth = number | 'auto' | '*' | `${number}%`;

/** Text style properties, usable on any element and in the document's style dictionary. */
export type PdfStyle = {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  background?: string;
  alignment?: PdfAlignment;
  lineHeight?: number;
  characterSpacing?: number;
  margin?: PdfMargins;
  preserveLeadingSpaces?: boolean;
  noWrap?: boolean;
  decoration?: 'underline' | 'lineThrough' | 'overline';
  fillColor?: string;
};

type PdfElementBase = PdfStyle & {
  style?: string | string[];
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  /** Keeps a heading with the element after it when set (see `pageBreakBefore`). */
  headlineLevel?: number;
};

export type PdfText = PdfElementBase & {
  text: string | PdfInline[];
  /** An entry of the table of contents (`PdfToc`). */
  tocItem?: boolean;
  tocStyle?: string | PdfStyle;
  tocMargin?: PdfMargins;
  id?: string;
};

/** A run inside a paragraph: plain text or styled text. */
export type PdfInline = string | PdfText;

export type PdfStack = PdfElementBase & { stack: PdfContent[] };

export type PdfColumn = PdfContent & { width?: PdfColumnWidth };
export type PdfColumns = PdfElementBase & { columns: PdfColumn[]; columnGap?: number };

export type PdfList = PdfElementBase & { ul: PdfContent[] };
export type PdfOrderedList = PdfElementBase & { ol: PdfContent[]; start?: number };

/** Layouts pdfmake knows by name, or a layout with fixed lines and paddings. */
export type PdfTableLayout =
  | 'noBorders'
  | 'headerLineOnly'
  | 'lightHorizontalLines'
  | {
      hLineWidth?: (line: number) => number;
      vLineWidth?: (line: number) => number;
      hLineColor?: (line: number) => string;
      vLineColor?: (line: number) => string;
      paddingLeft?: (column: number) => number;
      paddingRight?: (column: number) => number;
      paddingTop?: (row: number) => number;
      paddingBottom?: (row: number) => number;
      fillColor?: (row: number) => string | null;
    };

export type PdfTable = PdfElementBase & {
  table: {
    widths?: PdfColumnWidth[];
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
    body: PdfContent[][];
  };
  layout?: PdfTableLayout;
};

/** An embedded PNG or JPEG, always as a `data:` URL: builders never fetch anything. */
export type PdfImage = PdfElementBase & {
  image: string;
  width?: number;
  height?: number;
  fit?: [number, number];
};

export type PdfCanvasLine = {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
};
export type PdfCanvasRectangle = {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  lineWidth?: number;
  lineColor?: string;
  color?: string;
};
export type PdfCanvas = PdfElementBase & { canvas: (PdfCanvasLine | PdfCanvasRectangle)[] };

export type PdfToc = PdfElementBase & {
  toc: { title?: PdfText; numberStyle?: PdfStyle; textStyle?: PdfStyle };
};

export type PdfContent =
  | string
  | PdfContent[]
  | PdfText
  | PdfStack
  | PdfColumns
  | PdfList
  | PdfOrderedList
  | PdfTable
  | PdfImage
  | PdfCanvas
  | PdfToc;

/** Called for each page: the page footer knows its page number and the page count. */
export type PdfPageContent = (currentPage: number, pageCount: number) => PdfContent;

export type PdfDocumentInfo = {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  creator: string;
  producer: string;
  /** Fixed from the builder's input so the same input gives the same bytes. */
  creationDate: Date;
  modDate: Date;
};

/** A complete document definition: what every builder returns and every adapter renders. */
export type PdfDocument = {
  info: PdfDocumentInfo;
  language: string;
  pageSize: 'A4' | 'LETTER';
  pageMargins: [number, number, number, number];
  defaultStyle: PdfStyle;
  styles: Record<string, PdfStyle>;
  content: PdfContent[];
  header?: PdfPageContent;
  footer?: PdfPageContent;
  watermark?: { text: string; opacity: number; bold: boolean; color: string; fontSize?: number };
  pageBreakBefore?: (
    node: { headlineLevel?: number | undefined },
    following: { getFollowingNodesOnPage: () => unknown[] },
  ) => boolean;
};
