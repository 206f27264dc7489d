import { de } from './de/index';
import { en, type MessageCatalog } from './en/index';
import { es } from './es/index';
import { fr } from './fr/index';

export type { MessageCatalog } from './en/index';

/** The languages the user interface and the letters speak. */
export const supportedLanguages = ['en', 'de', 'fr', 'es'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

export const catalogs: Record<SupportedLanguage, MessageCatalog> = { en, de, fr, es };

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (supportedLanguages as readonly string[]).includes(value);
}

/** Every key of a catalog as a dotted path (`nav.inquiries`), sorted; used to compare catalogs. */
export function catalogKeys(catalog: NestedMessages, prefix = ''): string[] {
  return Object.entries(catalog)
    .flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : catalogKeys(value, `${prefix}${key}.`),
    )
    .sort();
}

type NestedMessages = { readonly [key: string]: string | NestedMessages };
