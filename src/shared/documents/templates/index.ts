import type { SupportedLanguage } from '../../i18n/index';
import { germanTemplate } from './de';
import { englishTemplate } from './en';
import { spanishTemplate } from './es';
import { frenchTemplate } from './fr';
import type { DocumentTemplate } from './template';

export type { Addressee, DocumentTemplate, SignatureMeaning } from './template';
export { signatureMeanings } from './template';

/** The printed wording of every language a document can be written in. */
export const documentTemplates: Readonly<Record<SupportedLanguage, DocumentTemplate>> = {
  en: englishTemplate,
  de: germanTemplate,
  fr: frenchTemplate,
  es: spanishTemplate,
};

export function templateFor(language: SupportedLanguage): DocumentTemplate {
  return documentTemplates[language];
}
