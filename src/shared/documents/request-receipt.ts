import type { SupportedLanguage } from '../i18n/index';
import type { Country, IsoDate, Timestamp } from '../schemas/common';
import type { ResponseMethod } from '../schemas/inquiry-records';
import type { RequesterType } from '../schemas/requester';
import type { Letterhead } from '../schemas/settings';
import { commonProblems } from './common-readiness';
import { assertReady, problem, type DocumentProblem } from './errors';
import { isImageDataUrl } from './image-data';
import {
  contactLine,
  contentWidthOf,
  defaultDocumentStyle,
  documentInfo,
  documentStyles,
  letterheadBlock,
  pageMargins,
  pageSizeFor,
} from './layout';
import { countryName, documentLocale, formatDocumentDate, formatSignatureMoment } from './locale';
import type { PdfContent, PdfDocument } from './pdf-content';
import { signatureBlock, type DocumentSignature } from './signature';
import { templateFor, type DocumentTemplate } from './templates/index';

/** The booth request receipt (issue 6): what the HCP asked, signed, and what happens next. */
export type RequestReceiptInput = {
  language: SupportedLanguage;
  letterhead: Letterhead;
  logoDataUrl?: string | null;
  generatedAt: Timestamp;
  inquiry: {
    reference: string;
    receivedAt: Timestamp;
    responseMethod: ResponseMethod;
    isUnsolicitedConfirmed: boolean;
    dueDate: IsoDate | null;
  };
  event?: { name: string; boothLabel: string | null } | null;
  requester: {
    type: RequesterType;
    name: string | null;
    specialty: string | null;
    institution: string | null;
    email: string | null;
    phone: string | null;
    address: string | null;
    country: Country;
  };
  /** Product names as printed, e.g. `Trombexa (skarixaban)`. */
  products: string[];
  /** The questions exactly as captured. */
  questions: string[];
  /** The requester's on-screen signature: its image and manifestation. */
  signature: DocumentSignature;
};

/** Everything that stops the receipt from being generated; empty when ready. */
export function checkReceiptReadiness(input: RequestReceiptInput): DocumentProblem[] {
  const found = commonProblems(input);
  if (input.questions.every((question) => !question.trim())) {
    found.push(problem('no-question', 'The receipt lists the questions, and there is none.'));
  }
  if (!input.signature.printedName.trim()) {
    found.push(problem('signature-missing', 'The signature needs the signer’s printed name.'));
  }
  const image = input.signature.imageDataUrl;
  if (!image || !isImageDataUrl(image, ['png'])) {
    found.push(
      problem('signature-image-invalid', 'The signature image is missing or not a PNG image.'),
    );
  }
  return found;
}

function detailsTable(rows: readonly [string, string | null][]): PdfContent {
  const body = rows
    .filter((row): row is [string, string] => Boolean(row[1]?.trim()))
    .map(([label, value]): PdfContent[] => [{ text: label, style: 'label' }, { text: value }]);
  return { table: { widths: ['30%', '70%'], body }, layout: 'noBorders', margin: [0, 0, 0, 6] };
}

function requesterRows(input: RequestReceiptInput, template: DocumentTemplate, locale: string) {
  const { receipt } = template;
  const { requester } = input;
  return [
    [receipt.nameLabel, requester.name],
    [receipt.professionLabel, receipt.requesterTypes[requester.type]],
    [receipt.specialtyLabel, requester.specialty],
    [receipt.institutionLabel, requester.institution],
    [receipt.emailLabel, requester.email],
    [receipt.phoneLabel, requester.phone],
    [receipt.addressLabel, requester.address],
    [receipt.countryLabel, countryName(requester.country, locale)],
  ] satisfies [string, string | null][];
}

function requestRows(input: RequestReceiptInput, template: DocumentTemplate, locale: string) {
  const { receipt } = template;
  const event = input.event
    ? [input.event.name, input.event.boothLabel].filter(Boolean).join(', ')
    : null;
  return [
    [receipt.referenceLabel, input.inquiry.reference],
    [receipt.receivedLabel, formatSignatureMoment(input.inquiry.receivedAt, locale)],
    [receipt.eventLabel, event],
    [receipt.productLabel, input.products.join(', ')],
    [receipt.responseMethodLabel, receipt.responseMethods[input.inquiry.responseMethod]],
  ] satisfies [string, string | null][];
}

function receiptContent(
  input: RequestReceiptInput,
  template: DocumentTemplate,
  locale: string,
): PdfContent[] {
  const { receipt } = template;
  const dueDate = input.inquiry.dueDate ? formatDocumentDate(input.inquiry.dueDate, locale) : null;
  const contact = contactLine(input.letterhead);
  const questions = input.questions.filter((question) => question.trim());
  return [
    letterheadBlock(
      input.letterhead,
      input.logoDataUrl ?? null,
      contentWidthOf(pageSizeFor(input.requester.country)),
    ),
    { text: receipt.documentTitle, style: 'documentTitle', margin: [0, 14, 0, 4] },
    { text: receipt.introduction, style: 'paragraph' },
    {
      columns: [
        {
          stack: [
            { text: receipt.requestHeading, style: 'heading', margin: [0, 0, 0, 4] },
            detailsTable(requestRows(input, template, locale)),
          ],
          width: '50%',
        },
        {
          stack: [
            { text: receipt.requesterHeading, style: 'heading', margin: [0, 0, 0, 4] },
            detailsTable(requesterRows(input, template, locale)),
          ],
          width: '50%',
        },
      ],
      columnGap: 18,
    },
    { text: receipt.questionsHeading, style: 'heading' },
    {
      ol: questions.map((question) => ({ text: question.trim(), margin: [0, 0, 0, 3] })),
      style: 'list',
    },
    ...(input.inquiry.isUnsolicitedConfirmed
      ? [
          {
            text: receipt.unsolicitedConfirmed,
            italics: true,
            margin: [0, 2, 0, 4],
          } satisfies PdfContent,
        ]
      : []),
    { text: receipt.signatureHeading, style: 'heading' },
    signatureBlock(input.signature, template, locale),
    { text: receipt.nextStepsHeading, style: 'heading' },
    { text: receipt.nextSteps(input.inquiry.responseMethod, dueDate), style: 'paragraph' },
    ...(contact
      ? [{ text: receipt.contactLine(contact), style: 'paragraph' } satisfies PdfContent]
      : []),
    { text: receipt.privacyHeading, style: 'heading', fontSize: 9 },
    { text: receipt.privacyNotice(input.letterhead.companyName), style: 'small' },
  ];
}

/**
 * The one-page receipt a booth hands the HCP. Throws a DocumentNotReadyError listing every
 * problem `checkReceiptReadiness` finds; otherwise pure and reproducible.
 */
export function buildRequestReceipt(input: RequestReceiptInput): PdfDocument {
  assertReady('request receipt', checkReceiptReadiness(input));
  const template = templateFor(input.language);
  const locale = documentLocale(input.language, input.requester.country);
  return {
    info: documentInfo({
      title: `${template.receipt.documentTitle} ${input.inquiry.reference}`,
      author: input.letterhead.companyName,
      subject: template.receipt.documentTitle,
      generatedAt: input.generatedAt,
    }),
    language: locale,
    pageSize: pageSizeFor(input.requester.country),
    pageMargins: [pageMargins[0], 40, pageMargins[2], 48],
    defaultStyle: { ...defaultDocumentStyle, fontSize: 9 },
    styles: documentStyles,
    content: receiptContent(input, template, locale),
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: template.page.reference(input.inquiry.reference), width: '70%' },
        { text: template.page.pageOf(currentPage, pageCount), width: '30%', alignment: 'right' },
      ],
      style: 'footer',
      margin: [pageMargins[0], 16, pageMargins[2], 0],
    }),
  };
}
