import type { Timestamp } from '../schemas/common';
import { formatSignatureMoment } from './locale';
import type { PdfContent } from './pdf-content';
import type { DocumentTemplate, SignatureMeaning } from './templates/index';

/**
 * A signature as printed. 21 CFR 11.50 asks every printout of a signed record to show the
 * signer's printed name, the date and time of signing and its meaning; the content hash shows
 * what the signature is bound to (21 CFR 11.70), so it cannot pass for a signature of anything
 * else.
 */
export type DocumentSignature = {
  printedName: string;
  jobTitle?: string | null;
  signedAt: Timestamp;
  meaning: SignatureMeaning;
  /** SHA-256 (hex) of the signed content, as the signature record stores it. */
  contentHash?: string | null;
  /** A handwritten signature captured on screen, as a PNG `data:` URL. */
  imageDataUrl?: string | null;
};

function labelled(label: string, value: string, template: DocumentTemplate): PdfContent {
  return {
    text: [{ text: `${label}${template.labelSeparator}`, color: '#52606d' }, value],
    margin: [0, 1, 0, 1],
  };
}

/** The signature manifestation: a framed block that is never split across pages. */
export function signatureBlock(
  signature: DocumentSignature,
  template: DocumentTemplate,
  locale: string,
): PdfContent {
  const labels = template.signature;
  const details: PdfContent[] = [
    { text: signature.printedName, bold: true },
    ...(signature.jobTitle ? [{ text: signature.jobTitle, style: 'label' }] : []),
    labelled(labels.signedBy, signature.printedName, template),
    labelled(labels.signedAt, formatSignatureMoment(signature.signedAt, locale), template),
    labelled(labels.meaning, labels.meanings[signature.meaning], template),
    ...(signature.contentHash ? [labelled(labels.boundTo, signature.contentHash, template)] : []),
  ];
  const cells: PdfContent[] = signature.imageDataUrl
    ? [
        { image: signature.imageDataUrl, fit: [150, 60] },
        { stack: details, fontSize: 8.5 },
      ]
    : [{ stack: details, fontSize: 8.5 }];
  return {
    table: {
      widths: signature.imageDataUrl ? ['34%', '66%'] : ['100%'],
      body: [cells],
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#9aa5b1',
      vLineColor: () => '#9aa5b1',
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    unbreakable: true,
    margin: [0, 4, 0, 8],
  };
}
