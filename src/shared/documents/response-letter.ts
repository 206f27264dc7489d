import { approvedIndicationsFor } from './approved-indications';
import { assertReady } from './errors';
import {
  contactLine,
  contentWidthOf,
  defaultDocumentStyle,
  documentInfo,
  documentStyles,
  keepHeadingsWithContent,
  pageMargins,
  pageSizeFor,
} from './layout';
import type { ResponseLetterInput } from './letter-input';
import { draftMarkOf, draftWatermark, isCustomLetter, letterFooter } from './letter-marks';
import { checkLetterReadiness, isLayRecipient } from './letter-readiness';
import {
  answersBlock,
  enclosuresBlock,
  openingBlock,
  referencesBlock,
  sourceDocumentsLine,
  type LetterContext,
} from './letter-sections';
import { countryName, documentLocale } from './locale';
import { offLabelFacts, offLabelStatement } from './off-label';
import type { PdfContent, PdfDocument } from './pdf-content';
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
/**
 * Whether the letter is a custom response: any answer whose text differs from its approved
 * document by more than filled placeholders. A custom response is reviewed by an
 * mi-specialist before it is sent (PRODUCT.md job 3).
 */
export function isCustomResponse(input: ResponseLetterInput): boolean {
  return isCustomLetter(input, contextOf(input).placeholders);
}

export function buildResponseLetter(input: ResponseLetterInput): PdfDocument {
  assertReady('response letter', checkLetterReadiness(input));
  const context = contextOf(input);
  const { template, productName } = context;
  const offLabel = offLabelParts(context);
  // Off-label answers enclose the approved labelling first (FDA draft guidance, 2011).
  const enclosures = [
    ...(input.inquiry.isOffLabel ? [template.offLabel.prescribingInformation(productName)] : []),
    ...(input.enclosures ?? []),
  ];
  const draftMark = draftMarkOf(context);
  const references = mergeReferences(input.answers.map(({ document }) => document.references));
  const content: PdfContent[] = [
    ...openingBlock(context),
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
    footer: letterFooter(context, draftMark),
    pageBreakBefore: keepHeadingsWithContent,
    ...(draftMark ? { watermark: draftWatermark(draftMark) } : {}),
  };
}
