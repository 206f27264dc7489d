import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, isSupportedLanguage, type SupportedLanguage } from '../../../shared/i18n';

/** Picks the first supported language of the browser/OS, English otherwise. */
export function detectLanguage(preferred: readonly string[]): SupportedLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isSupportedLanguage(base)) return base;
  }
  return 'en';
}

/** Starts i18next with every catalog bundled: the app works offline, nothing is fetched. */
export async function initI18n(language: SupportedLanguage): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(
      Object.entries(catalogs).map(([code, catalog]) => [code, { translation: catalog }]),
    ),
    // React escapes text itself; double escaping would show "&amp;" to users.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
