import { describe, expect, it } from 'vitest';
import type { SupportedLanguage } from '../../../src/shared/i18n';
import { buildResponseLetter, type LetterSourceDocument } from '../../../src/shared/documents';
import { createNodePdfRenderer } from '../../../src/server/documents/render-pdf';
import {
  periopEnglish,
  periopFrench,
  periopGerman,
  periopSpanish,
} from '../../fixtures/documents/documents';
import { letterInput, trombexaSafetyInformation } from '../../fixtures/documents/letters';
import { flatten, pdfPages } from '../../helpers/pdf-text';

const render = createNodePdfRenderer();

type Case = {
  language: SupportedLanguage;
  country: string;
  document: LetterSourceDocument;
  wording: string[];
  pageOne: string;
};

const cases: Case[] = [
  {
    language: 'en',
    country: 'IE',
    document: periopEnglish,
    wording: [
      'Dear Dr Łukasz Żółć,',
      'Thank you for your enquiry of 12 March 2026',
      'Our response',
      'Yours sincerely,',
      'Important: the use you asked about is not approved',
    ],
    pageOne: 'Page 1 of',
  },
  {
    language: 'de',
    country: 'DE',
    document: periopGerman,
    wording: [
      'Guten Tag Dr Łukasz Żółć,',
      'vielen Dank für Ihre Anfrage vom 12. März 2026',
      'Datum 16. März 2026',
      'Unsere Antwort',
      'Literatur',
      'Mit freundlichen Grüßen',
      'Wichtig: Die angefragte Anwendung ist nicht zugelassen',
      'Zulassungsland: Deutschland',
      'Fachinformation zu Trombexa (skarixaban)',
      'Elektronisch unterschrieben von: Maja Lindqvist',
    ],
    pageOne: 'Seite 1 von',
  },
  {
    language: 'fr',
    country: 'FR',
    document: periopFrench,
    wording: [
      'Docteur,',
      'Nous vous remercions de votre demande du 12 mars 2026',
      'Notre réponse',
      'Références',
      "Nous vous prions d'agréer, Docteur, l'expression de nos salutations distinguées.",
      "Important : l'utilisation demandée n'est pas autorisée",
      "pays d'autorisation : France",
      'RÉPONSE À UNE DEMANDE SPONTANÉE',
      'Signé électroniquement par : Maja Lindqvist',
    ],
    pageOne: 'Page 1 sur',
  },
  {
    language: 'es',
    country: 'ES',
    document: periopSpanish,
    wording: [
      'Estimado/a Dr Łukasz Żółć:',
      'Le agradecemos su consulta del 12 de marzo de 2026',
      'Nuestra respuesta',
      'Referencias',
      'Atentamente,',
      'Importante: el uso consultado no está autorizado',
      'país de autorización: España',
      'Ficha técnica de Trombexa (skarixaban)',
      'Firmado electrónicamente por: Maja Lindqvist',
    ],
    pageOne: 'Página 1 de',
  },
];

describe('letters in each language', () => {
  it.each(cases)(
    'prints the $language wording, dates and page numbers',
    async ({ language, country, document, wording, pageOne }) => {
      const base = letterInput();
      const input = letterInput({
        language,
        recipient: { ...base.recipient, country, address: 'Rue 1\n1000 Ville' },
        inquiry: { ...base.inquiry, isOffLabel: true, isUnsolicitedConfirmed: true },
        product: {
          ...base.product,
          approvedIndications: [
            ...base.product.approvedIndications,
            { country: 'ES', text: 'Prevención del ictus.' },
          ],
        },
        answers: [{ document }],
        importantSafetyInformation: trombexaSafetyInformation,
      });
      const pages = (await pdfPages(await render(buildResponseLetter(input)))).map(flatten);
      const text = pages.join(' ');
      for (const expected of wording) expect(text).toContain(expected);
      expect(pages[0]).toContain(`${pageOne} ${pages.length}`);
      expect(text).toContain('Ærøskøbing Medical Centre');
    },
  );
});
