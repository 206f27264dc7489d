import { localDateOf } from '../domain/time';
import { letterheadBlock } from './layout';
import { countryName, formatDocumentDate } from './locale';
import { unsolicitedBanner } from './off-label';
import type { LetterAnswer, ResponseLetterInput } from './letter-input';
import { markdownToPdf } from './markdown/markdown-to-pdf';
import type { PdfColumn, PdfContent } from './pdf-content';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import type { DocumentTemplate } from './templates/index';
import { formatVancouver, type DocumentReference } from './vancouver';

/** The parts of a response letter, top to bottom; response-letter.ts puts them together. */

export type LetterContext = {
  input: ResponseLetterInput;
  template: DocumentTemplate;
  locale: string;
  contentWidth: number;
  productName: string;
  placeholders: PlaceholderValues;
};

/** The date-and-reference block's width, and the gap between it and the recipient. */
export const letterDetailsWidth = 200;
export const letterColumnGap = 16;

/** Name, institution and, by post, the address; by e-mail, the e-mail address. */
export function recipientBlock({ input, locale, contentWidth }: LetterContext): PdfColumn {
  const { recipient } = input;
  const addressLines = (recipient.address ?? '').split(/\r?\n/).map((line) => line.trim());
  const country = countryName(recipient.country, locale);
  const hasCountry = addressLines.some((line) => line.toLowerCase() === country.toLowerCase());
  const lines =
    input.inquiry.responseMethod === 'email'
      ? [recipient.name, recipient.institution, recipient.email]
      : [recipient.name, recipient.institution, ...addressLines, hasCountry ? null : country];
  return {
    stack: lines.filter((line): line is string => Boolean(line)),
    width: contentWidth - letterDetailsWidth - letterColumnGap,
  };
}

function metaRow(label: string, value: string): PdfContent[] {
  return [
    { text: label, style: 'label', alignment: 'right' },
    { text: value, alignment: 'right', noWrap: true },
  ];
}

/** Date, our reference and the date of the enquiry, at the right of the recipient. */
export function letterDetailsBlock({ input, template, locale }: LetterContext): PdfColumn {
  const { letter } = template;
  return {
    width: letterDetailsWidth,
    table: {
      body: [
        metaRow(letter.dateLabel, formatDocumentDate(input.letterDate, locale)),
        metaRow(letter.ourReferenceLabel, input.inquiry.reference),
        metaRow(
          letter.yourEnquiryLabel,
          formatDocumentDate(localDateOf(input.inquiry.receivedAt), locale),
        ),
      ],
    },
    layout: 'noBorders',
  };
}

/** Letterhead, banner, recipient and details, subject, salutation and the questions asked. */
export function openingBlock(context: LetterContext): PdfContent[] {
  const { input, template, productName, locale } = context;
  const enquiryDate = formatDocumentDate(localDateOf(input.inquiry.receivedAt), locale);
  const addressee = { name: input.recipient.name, type: input.recipient.type };
  return [
    letterheadBlock(input.letterhead, input.logoDataUrl ?? null, context.contentWidth),
    ...(input.inquiry.isOffLabel ? [unsolicitedBanner(template)] : []),
    {
      columns: [recipientBlock(context), letterDetailsBlock(context)],
      columnGap: letterColumnGap,
      margin: [0, 18, 0, 0],
    },
    { text: template.letter.subject(productName), style: 'subject' },
    { text: template.letter.salutation(addressee), margin: [0, 0, 0, 8] },
    { text: template.letter.introduction(productName, enquiryDate), style: 'paragraph' },
    questionsBlock(context),
  ];
}

/** The questions as asked, set off as quotations. */
export function questionsBlock({ input }: LetterContext): PdfContent {
  const questions = input.questions.filter((question) => question.trim());
  const quoted = questions.map((question): PdfContent => ({
    text: question.trim(),
    style: 'quote',
  }));
  return questions.length === 1 ? quoted : { ol: quoted, style: 'list', margin: [14, 0, 0, 6] };
}

function answerBody(answer: LetterAnswer, context: LetterContext): PdfContent[] {
  const markdown = answer.editedBody ?? answer.document.body;
  return markdownToPdf(markdown, {
    contentWidth: context.contentWidth,
    // Placeholders are filled after parsing, so a name or question is never read as Markdown.
    transformText: (text) => fillPlaceholders(text, context.placeholders),
  });
}

/** Each document's title as a subheading over its approved text. */
export function answersBlock(context: LetterContext): PdfContent[] {
  const { answers } = context.input;
  return answers.flatMap((answer) => [
    ...(answers.length > 1
      ? [
          {
            text: answer.document.title,
            style: 'markdownHeading1',
            headlineLevel: 1,
          } satisfies PdfContent,
        ]
      : []),
    ...answerBody(answer, context),
  ]);
}

/** References numbered 1, 2, 3 … in Vancouver style. */
export function referencesBlock(
  references: readonly DocumentReference[],
  template: DocumentTemplate,
): PdfContent[] {
  if (references.length === 0) return [];
  return [
    { text: template.letter.referencesHeading, style: 'heading', headlineLevel: 1 },
    {
      ol: references.map((reference) => ({ text: formatVancouver(reference), fontSize: 8.5 })),
      style: 'list',
    },
  ];
}

export function enclosuresBlock(
  enclosures: readonly string[],
  template: DocumentTemplate,
): PdfContent[] {
  if (enclosures.length === 0) return [];
  return [
    { text: template.letter.enclosuresHeading, style: 'heading', headlineLevel: 1 },
    { ul: enclosures.map((enclosure) => ({ text: enclosure })), style: 'list' },
  ];
}

/** Small print naming the approved documents and versions the answer came from. */
export function sourceDocumentsLine({ input, template }: LetterContext): PdfContent {
  const list = input.answers
    .map(({ document }) =>
      template.letter.documentVersion(document.reference ?? document.title, document.version),
    )
    .join('; ');
  return { text: template.letter.sourceDocuments(list), style: 'small', margin: [0, 10, 0, 0] };
}
