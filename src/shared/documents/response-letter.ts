import { approvedIndicationsFor } from './approved-indications';
import { assertReady } from './errors';
import {
  contentWidthOf,
  contactLine,
  defaultDocumentStyle,
  documentInfo,
  documentStyles,
  keepHeadingsWithContent,
  letterheadBlock,
  pageMargins,
  pageSizeFor,
  warningColor,
} from './layout';
import type { ResponseLetterInput } from './letter-input';
import { checkLetterReadiness, isLayRecipient } from './letter-readiness';
import {
  answersBlock,
  enclosuresBlock,
  letterDetailsBlock,
  questionsBlock,
  recipientBlock,
  referencesBlock,
  sourceDocumentsLine,
  letterColumnGap,
  type LetterContext,
} from './letter-sections';
import { localDateOf } from '../domain/time';
import { countryName, documentLocale, formatDocumentDate } from './locale';
import { offLabelFacts, offLabelStatement, unsolicitedBanner } from './off-label';
import type { PdfContent, PdfDocument, PdfPageContent } from './pdf-content';
import { detectCustomEdits } from './placeholders';
import { signatureBlock } from './signature';
import { templateFor } from './templates/index';
import { mergeReferences } from './vancouver';

function contextOf(input: ResponseLetterInput): LetterContext {
  const template = templateFor(input.language);
  const productName = `${input.product.brandName} (${input.product.genericName})`;
  return {
    input,
    template,
    locale: documentLocale(input.language, input.recipient.country),
    contentWidth: contentWidthOf(pageSizeFor(input.recipient.country)),
    productName,
    placeholders: {
      recipientName: input.recipient.name?.trim() || template.letter.recipientFallback,
      product: productName,
      question: input.questions
        .map((question) => question.trim())
        .filter(Boolean)
        .join(' '),
    },
  };
}

/**
 * Whether the letter is a custom response: any answer whose text differs from its approved
 * document by more than filled placeholders. A custom response is reviewed by an
 * mi-specialist before it is sent (PRODUCT.md job 3).
 */
export function isCustomResponse(input: ResponseLetterInput): boolean {
  const { placeholders } = contextOf(input);
  return input.answers.some(
    (answer) =>
      answer.editedBody != null &&
      detectCustomEdits(answer.document.body, answer.editedBody, placeholders).isCustom,
  );
}

/**
 * Why a letter must not go out as it is, or null: a custom response nobody has reviewed yet,
 * or a preview nobody has signed. Printed as a watermark and in every page's footer.
 */
function draftMarkOf(context: LetterContext): string | null {
  const { input, template } = context;
  const isReviewed = input.signatures.some(
    (signature) => signature.meaning === 'custom-response-reviewed',
  );
  if (isCustomResponse(input) && !isReviewed) return template.letter.notReviewedWatermark;
  return input.signatures.length === 0 ? template.letter.unsignedWatermark : null;
}

function footerOf(context: LetterContext, draftMark: string | null): PdfPageContent {
  const { template, input } = context;
  const marks = [draftMark, input.inquiry.isOffLabel ? template.offLabel.footerMark : null];
  return (currentPage, pageCount) => ({
    columns: [
      { text: template.page.reference(input.inquiry.reference), width: '35%' },
      {
        text: marks.filter(Boolean).join(' · '),
        width: '40%',
        bold: true,
        color: warningColor,
        alignment: 'center',
      },
      { text: template.page.pageOf(currentPage, pageCount), width: '25%', alignment: 'right' },
    ],
    style: 'footer',
    margin: [pageMargins[0], 24, pageMargins[2], 0],
  });
}

function offLabelParts(context: LetterContext): { statement: PdfContent[]; facts: PdfContent[] } {
  const { input, template, productName, locale, contentWidth } = context;
  if (!input.inquiry.isOffLabel) return { statement: [], facts: [] };
  const country = countryName(input.recipient.country, locale);
  return {
    statement: [
      offLabelStatement({
        template,
        product: productName,
        countryName: country,
        company: input.letterhead.companyName,
      }),
    ],
    facts: offLabelFacts({
      template,
      product: productName,
      countryName: country,
      indications: approvedIndicationsFor(
        input.product.approvedIndications,
        input.recipient.country,
      ),
      importantSafetyInformation: input.importantSafetyInformation ?? '',
      contentWidth,
    }),
  };
}

function closingParts(context: LetterContext, after: PdfContent[]): PdfContent[] {
  const { input, template, locale } = context;
  const addressee = { name: input.recipient.name, type: input.recipient.type };
  const contact = contactLine(input.letterhead) || input.letterhead.companyName;
  const signer: PdfContent[] =
    input.signatures.length > 0
      ? input.signatures.map((signature) => signatureBlock(signature, template, locale))
      : [
          {
            stack: [{ text: input.author.printedName, bold: true }, input.author.jobTitle ?? ''],
            margin: [0, 18, 0, 8],
          },
        ];
  return [
    { text: template.letter.furtherQuestions(contact), style: 'paragraph', margin: [0, 10, 0, 6] },
    // Closing, signature, enclosures and small print stay together: none is left alone on a
    // last page.
    {
      stack: [
        { text: template.letter.closing(addressee), margin: [0, 4, 0, 6] },
        ...signer,
        ...after,
      ],
      unbreakable: true,
    },
  ];
}

function layAdvice(context: LetterContext): PdfContent[] {
  if (!isLayRecipient(context.input)) return [];
  const usesProfessionalText = context.input.answers.some(
    ({ document }) => document.audience === 'hcp',
  );
  return [
    {
      text: [
        { text: context.template.letter.patientAdvice, bold: true },
        usesProfessionalText ? ` ${context.template.letter.professionalContentForPatient}` : '',
      ],
      margin: [0, 6, 0, 6],
    },
  ];
}

/**
 * The response letter as a pdfmake document definition (PRODUCT.md job 3). Throws a
 * DocumentNotReadyError listing every problem `checkLetterReadiness` finds; otherwise pure:
 * the same input gives the same definition, and the adapters give the same bytes.
 */
export function buildResponseLetter(input: ResponseLetterInput): PdfDocument {
  assertReady('response letter', checkLetterReadiness(input));
  const context = contextOf(input);
  const { template, productName } = context;
  const offLabel = offLabelParts(context);
  const enclosures = [
    ...(input.inquiry.isOffLabel ? [template.offLabel.prescribingInformation(productName)] : []),
    ...(input.enclosures ?? []),
  ];
  const draftMark = draftMarkOf(context);
  const references = mergeReferences(input.answers.map(({ document }) => document.references));
  const content: PdfContent[] = [
    letterheadBlock(input.letterhead, input.logoDataUrl ?? null, context.contentWidth),
    ...(input.inquiry.isOffLabel ? [unsolicitedBanner(template)] : []),
    {
      columns: [recipientBlock(context), letterDetailsBlock(context)],
      columnGap: letterColumnGap,
      margin: [0, 18, 0, 0],
    },
    { text: template.letter.subject(productName), style: 'subject' },
    {
      text: template.letter.salutation({ name: input.recipient.name, type: input.recipient.type }),
      margin: [0, 0, 0, 8],
    },
    {
      text: template.letter.introduction(
        productName,
        formatDocumentDate(localDateOf(input.inquiry.receivedAt), context.locale),
      ),
      style: 'paragraph',
    },
    questionsBlock(context),
    ...offLabel.statement,
    { text: template.letter.answerHeading, style: 'heading', headlineLevel: 1 },
    ...answersBlock(context),
    ...offLabel.facts,
    ...layAdvice(context),
    ...referencesBlock(references, template),
    ...closingParts(context, [
      ...enclosuresBlock(enclosures, template),
      sourceDocumentsLine(context),
    ]),
  ];
  return {
    info: documentInfo({
      title: `${template.letter.documentTitle} ${input.inquiry.reference}`,
      author: input.letterhead.companyName,
      subject: template.letter.subject(productName),
      generatedAt: input.generatedAt,
    }),
    language: context.locale,
    pageSize: pageSizeFor(input.recipient.country),
    pageMargins,
    defaultStyle: defaultDocumentStyle,
    styles: documentStyles,
    content,
    footer: footerOf(context, draftMark),
    pageBreakBefore: keepHeadingsWithContent,
    ...(draftMark
      ? {
          watermark: {
            text: draftMark,
            opacity: 0.1,
            bold: true,
            color: warningColor,
            fontSize: 54,
          },
        }
      : {}),
  };
}
