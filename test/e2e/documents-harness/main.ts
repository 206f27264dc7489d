import { buildResponseLetter, encodeBase64 } from '../../../src/shared/documents';
import { renderPdf } from '../../../src/renderer/src/documents';
import { halvorsenLetterhead } from '../../fixtures/documents/company';
import { periopEnglish } from '../../fixtures/documents/documents';
import { trombexa } from '../../fixtures/documents/products';

/*
 * A page built with Vite like the renderer is, and served with the app's Content Security
 * Policy: it proves that the browser adapter loads pdfmake and the fonts from the app's origin
 * and prints text the Node adapter prints.
 */

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- the global Window type grows only by interface merging
  interface Window {
    renderSampleLetter: () => Promise<string>;
  }
}

window.renderSampleLetter = async (): Promise<string> => {
  const definition = buildResponseLetter({
    language: 'en',
    letterhead: halvorsenLetterhead,
    letterDate: '2026-03-16',
    generatedAt: '2026-03-16T10:15:00.000+01:00',
    inquiry: {
      reference: 'MI-2026-K7Q-000123',
      receivedAt: '2026-03-12T14:05:00.000+01:00',
      responseMethod: 'email',
      isOffLabel: false,
      isUnsolicitedConfirmed: false,
    },
    recipient: {
      type: 'physician',
      name: 'Dr Łukasz Żółć',
      institution: 'Ærøskøbing Medical Centre',
      address: null,
      email: 'l.zolc@example.org',
      country: 'GB',
    },
    product: trombexa,
    questions: ['Σωκράτης asks: how long before surgery should Trombexa be stopped?'],
    answers: [{ document: periopEnglish }],
    author: { printedName: 'Maja Lindqvist', jobTitle: 'Medical Information Officer' },
    signatures: [
      {
        printedName: 'Maja Lindqvist',
        signedAt: '2026-03-16T10:14:32.000+01:00',
        meaning: 'response-released',
      },
    ],
  });
  return encodeBase64(await renderPdf(definition));
};
