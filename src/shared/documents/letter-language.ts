import { documentAvailability } from '../domain/document-availability';
import { isSupportedLanguage, supportedLanguages, type SupportedLanguage } from '../i18n/index';
import type { IsoDate, Language } from '../schemas/common';
import type { ResponseDocument } from '../schemas/response-document';

/*
 * The letter's language (PRODUCT.md job 3, issue 6): the requester's preferred language when an
 * approved, current variant of every document used exists in it. Otherwise the officer chooses
 * among the languages in which all of them exist — documents are never machine-translated.
 */

export type LanguageVariant = Pick<
  ResponseDocument,
  | 'id'
  | 'reference'
  | 'title'
  | 'variantGroupId'
  | 'language'
  | 'status'
  | 'effectiveDate'
  | 'reviewDate'
  | 'deleted'
>;

export type MissingVariant = Pick<LanguageVariant, 'variantGroupId' | 'title' | 'reference'>;

export type LetterLanguageChoice =
  | {
      kind: 'preferred';
      language: SupportedLanguage;
      /** The variant to use for each selected document, in the order selected. */
      documents: LanguageVariant[];
    }
  | {
      kind: 'officer-must-choose';
      reason: 'language-not-supported' | 'variants-missing';
      preferredLanguage: Language;
      /** Selected documents with no sendable variant in the preferred language. */
      missing: MissingVariant[];
      /** Languages in which every selected document has a sendable variant. */
      availableLanguages: SupportedLanguage[];
    };

export type LetterLanguageInput = {
  preferredLanguage: Language;
  /** The documents the officer picked, in any language. */
  selected: readonly LanguageVariant[];
  /** Every known variant of the selected documents' groups (the selected ones included). */
  variants: readonly LanguageVariant[];
  today: IsoDate;
};

function baseLanguage(language: Language): string {
  return language.slice(0, 2);
}

/** The sendable variant of a group in a language, if there is one. */
function variantIn(
  groupId: string,
  language: string,
  input: LetterLanguageInput,
): LanguageVariant | undefined {
  return input.variants.find(
    (variant) =>
      variant.variantGroupId === groupId &&
      baseLanguage(variant.language) === language &&
      documentAvailability(variant, input.today) === 'sendable',
  );
}

/** Picks the letter's language, or says which documents lack a variant and what is possible. */
export function chooseLetterLanguage(input: LetterLanguageInput): LetterLanguageChoice {
  const groups = [...new Set(input.selected.map((document) => document.variantGroupId))];
  const availableLanguages = supportedLanguages.filter((language) =>
    groups.every((groupId) => variantIn(groupId, language, input) !== undefined),
  );
  const preferred = baseLanguage(input.preferredLanguage);
  const missing = input.selected
    .filter((document) => variantIn(document.variantGroupId, preferred, input) === undefined)
    .map(({ variantGroupId, title, reference }) => ({ variantGroupId, title, reference }));
  if (!isSupportedLanguage(preferred)) {
    return {
      kind: 'officer-must-choose',
      reason: 'language-not-supported',
      preferredLanguage: input.preferredLanguage,
      missing,
      availableLanguages,
    };
  }
  if (missing.length > 0) {
    return {
      kind: 'officer-must-choose',
      reason: 'variants-missing',
      preferredLanguage: input.preferredLanguage,
      missing,
      availableLanguages,
    };
  }
  const documents = groups.flatMap((groupId) => variantIn(groupId, preferred, input) ?? []);
  return { kind: 'preferred', language: preferred, documents };
}
