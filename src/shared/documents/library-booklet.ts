import type { SupportedLanguage } from '../i18n/index';
import type { Country, IsoDate, Timestamp } from '../schemas/common';
import type { ResponseDocument } from '../schemas/response-document';
import type { Letterhead } from '../schemas/settings';
import { availabilityProblem, commonProblems } from './common-readiness';
import { assertReady, problem, type DocumentProblem } from './errors';
import {
  accentColor,
  contentWidthOf,
  defaultDocumentStyle,
  documentInfo,
  documentStyles,
  keepHeadingsWithContent,
  letterheadBlock,
  pageMargins,
  pageSizeFor,
} from './layout';
import type { LetterSourceDocument } from './letter-input';
import { documentLocale, formatDocumentDate } from './locale';
import { markdownToPdf } from './markdown/markdown-to-pdf';
import type { PdfContent, PdfDocument } from './pdf-content';
import { templateFor, type DocumentTemplate } from './templates/index';
import { formatVancouver } from './vancouver';

/** A library document as the booklet prints it. */
export type BookletDocument = LetterSourceDocument & Pick<ResponseDocument, 'kind' | 'summary'>;

/** Approved SRDs and FAQs compiled for internal training and booth briefing (issue 6). */
export type LibraryBookletInput = {
  language: SupportedLanguage;
  /** The affiliate's country: sets the paper size and the date format. */
  country: Country;
  letterhead: Letterhead;
  logoDataUrl?: string | null;
  generatedAt: Timestamp;
  /** Documents must be sendable on this day. */
  compiledOn: IsoDate;
  title?: string | null;
  subtitle?: string | null;
  documents: BookletDocument[];
};

/** Everything that stops the booklet from being generated; empty when ready. */
export function checkBookletReadiness(input: LibraryBookletInput): DocumentProblem[] {
  const found = commonProblems(input);
  if (input.documents.length === 0) {
    found.push(problem('no-documents', 'Choose at least one approved document for the booklet.'));
  }
  for (const document of input.documents) {
    const unavailable = availabilityProblem(document, input.compiledOn);
    if (unavailable) found.push(unavailable);
  }
  return found;
}

function coverPage(
  input: LibraryBookletInput,
  template: DocumentTemplate,
  locale: string,
): PdfContent[] {
  const { booklet } = template;
  const contentWidth = contentWidthOf(pageSizeFor(input.country));
  return [
    letterheadBlock(input.letterhead, input.logoDataUrl ?? null, contentWidth),
    {
      text: input.title?.trim() || booklet.defaultTitle,
      fontSize: 22,
      bold: true,
      color: accentColor,
      margin: [0, 60, 0, 8],
    },
    ...(input.subtitle?.trim()
      ? [{ text: input.subtitle.trim(), fontSize: 13, margin: [0, 0, 0, 8] } satisfies PdfContent]
      : []),
    {
      text: booklet.preparedOn(formatDocumentDate(input.compiledOn, locale)),
      style: 'label',
      fontSize: 9,
    },
    {
      table: { widths: ['100%'], body: [[{ text: booklet.internalUse, bold: true }]] },
      layout: {
        hLineWidth: () => 1,
        vLineWidth: () => 1,
        hLineColor: () => accentColor,
        vLineColor: () => accentColor,
        paddingLeft: () => 10,
        paddingRight: () => 10,
        paddingTop: () => 8,
        paddingBottom: () => 8,
      },
      margin: [0, 24, 0, 24],
    },
    { toc: { title: { text: booklet.contents, style: 'heading' }, numberStyle: { bold: true } } },
  ];
}

const noLines = { hLineWidth: () => 0, vLineWidth: () => 0 };

function documentSection(
  document: BookletDocument,
  template: DocumentTemplate,
  locale: string,
  contentWidth: number,
): PdfContent[] {
  const { booklet } = template;
  const details = [
    document.reference,
    booklet.kinds[document.kind],
    booklet.audiences[document.audience],
    document.language.toUpperCase(),
  ].filter(Boolean);
  const references = document.references.map((reference) => ({
    text: formatVancouver(reference),
    fontSize: 8,
  }));
  return [
    {
      text: document.title,
      style: 'documentTitle',
      tocItem: true,
      tocMargin: [0, 2, 0, 2],
      pageBreak: 'before',
    },
    { text: details.join(' · '), style: 'label' },
    {
      text: booklet.documentDetails(
        document.version,
        formatDocumentDate(document.effectiveDate, locale),
        formatDocumentDate(document.reviewDate, locale),
      ),
      style: 'label',
      margin: [0, 0, 0, 8],
    },
    {
      table: {
        widths: ['100%'],
        body: [
          [
            {
              text: [
                { text: `${booklet.summaryHeading}${template.labelSeparator}`, bold: true },
                document.summary,
              ],
            },
          ],
        ],
      },
      layout: {
        ...noLines,
        fillColor: () => '#eef1f4',
        paddingLeft: () => 8,
        paddingRight: () => 8,
        paddingTop: () => 6,
        paddingBottom: () => 6,
      },
      margin: [0, 0, 0, 10],
    },
    ...markdownToPdf(document.body, { contentWidth }),
    ...(references.length > 0
      ? [
          {
            text: template.letter.referencesHeading,
            style: 'heading',
            headlineLevel: 1,
          } satisfies PdfContent,
          { ol: references, style: 'list' } satisfies PdfContent,
        ]
      : []),
  ];
}

/**
 * The booklet: a cover with the table of contents, then one section per document, each from a
 * new page. Throws a DocumentNotReadyError listing every problem `checkBookletReadiness` finds.
 */
export function buildLibraryBooklet(input: LibraryBookletInput): PdfDocument {
  assertReady('library booklet', checkBookletReadiness(input));
  const template = templateFor(input.language);
  const locale = documentLocale(input.language, input.country);
  const pageSize = pageSizeFor(input.country);
  const title = input.title?.trim() || template.booklet.defaultTitle;
  return {
    info: documentInfo({
      title,
      author: input.letterhead.companyName,
      subject: template.booklet.internalUse,
      generatedAt: input.generatedAt,
    }),
    language: locale,
    pageSize,
    pageMargins,
    defaultStyle: defaultDocumentStyle,
    styles: documentStyles,
    content: [
      ...coverPage(input, template, locale),
      ...input.documents.flatMap((document) =>
        documentSection(document, template, locale, contentWidthOf(pageSize)),
      ),
    ],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: title, width: '75%' },
        { text: template.page.pageOf(currentPage, pageCount), width: '25%', alignment: 'right' },
      ],
      style: 'footer',
      margin: [pageMargins[0], 24, pageMargins[2], 0],
    }),
    pageBreakBefore: keepHeadingsWithContent,
  };
}
