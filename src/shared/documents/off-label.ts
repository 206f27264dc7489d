import type { ApprovedIndication } from '../schemas/product';
import { warningColor } from './layout';
import { markdownToPdf } from './markdown/markdown-to-pdf';
import type { PdfContent, PdfTableLayout } from './pdf-content';
import type { DocumentTemplate } from './templates/index';

/*
 * What an off-label response carries (FDA draft guidance on unsolicited requests, 2011; EFPIA
 * and ABPI codes): a prominent statement that the use is not approved, the approved
 * indications, important safety information, the labelling as an enclosure, the references —
 * and a mark that it answers an unsolicited request.
 */

const warningFrame = {
  hLineWidth: () => 1.5,
  vLineWidth: () => 1.5,
  hLineColor: () => warningColor,
  vLineColor: () => warningColor,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 8,
  paddingBottom: () => 8,
} satisfies PdfTableLayout;

/** The band under the letterhead: this letter answers an unsolicited request. */
export function unsolicitedBanner(template: DocumentTemplate): PdfContent {
  return {
    table: {
      widths: ['100%'],
      body: [
        [
          {
            text: template.offLabel.banner.toUpperCase(),
            bold: true,
            color: '#ffffff',
            fontSize: 9,
            alignment: 'center',
          },
        ],
      ],
    },
    layout: {
      ...warningFrame,
      fillColor: () => warningColor,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 10, 0, 0],
  };
}

export type OffLabelStatementInput = {
  template: DocumentTemplate;
  product: string;
  countryName: string;
  company: string;
};

/** The framed statement that the use asked about is not approved, before the answer. */
export function offLabelStatement(input: OffLabelStatementInput): PdfContent {
  const { offLabel } = input.template;
  return {
    table: {
      widths: ['100%'],
      dontBreakRows: true,
      body: [
        [
          {
            stack: [
              {
                text: offLabel.heading,
                bold: true,
                fontSize: 11,
                color: warningColor,
                margin: [0, 0, 0, 4],
              },
              {
                text: offLabel.statement(input.product, input.countryName, input.company),
                bold: true,
                margin: [0, 0, 0, 4],
              },
              { text: offLabel.unsolicited },
            ],
          },
        ],
      ],
    },
    layout: warningFrame,
    margin: [0, 4, 0, 10],
  };
}

export type OffLabelFactsInput = {
  template: DocumentTemplate;
  product: string;
  countryName: string;
  indications: readonly ApprovedIndication[];
  /** Markdown, printed as approved. */
  importantSafetyInformation: string;
  contentWidth: number;
};

/** The approved indications in the recipient's country and the important safety information. */
export function offLabelFacts(input: OffLabelFactsInput): PdfContent[] {
  const { offLabel } = input.template;
  return [
    {
      text: offLabel.approvedIndicationsHeading(input.product, input.countryName),
      style: 'heading',
      headlineLevel: 1,
    },
    ...input.indications.map((indication): PdfContent => ({
      text: indication.text,
      style: 'paragraph',
    })),
    { text: offLabel.safetyHeading, style: 'heading', headlineLevel: 1 },
    ...markdownToPdf(input.importantSafetyInformation, { contentWidth: input.contentWidth }),
  ];
}
