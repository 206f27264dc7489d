import type { Country, Language } from '../../../../../shared/schemas';

// prettier-ignore
/** ISO 3166-1 alpha-2 codes of the countries requesters come from. */
export const countryCodes: readonly Country[] = (
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF ' +
  'CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE ' +
  'GH GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KR ' +
  'KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA ' +
  'NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PR PS PT PY QA RO RS RU RW SA SB SC SD SE SG SI SK ' +
  'SL SM SN SO SR SS SV SY SZ TD TG TH TJ TL TM TN TO TR TT TW TZ UA UG US UY UZ VA VC VE VN YE ' +
  'ZA ZM ZW'
).split(' ');

/** Languages requesters most often ask to be answered in. */
// prettier-ignore
export const languageCodes: readonly Language[] = [
  'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'el', 'hu', 'ro',
  'tr', 'ru', 'ar', 'he', 'ja', 'zh', 'ko',
];

// prettier-ignore
const countryLanguages: Readonly<Record<string, Language>> = {
  DE: 'de', AT: 'de', CH: 'de', LI: 'de', FR: 'fr', BE: 'fr', LU: 'fr', MC: 'fr', ES: 'es',
  MX: 'es', AR: 'es', CO: 'es', CL: 'es', PE: 'es', IT: 'it', SM: 'it', VA: 'it', NL: 'nl',
  PT: 'pt', BR: 'pt', PL: 'pl', SE: 'sv', DK: 'da', NO: 'nb', FI: 'fi', CZ: 'cs', GR: 'el',
  CY: 'el', HU: 'hu', RO: 'ro', TR: 'tr', RU: 'ru', IL: 'he', JP: 'ja', CN: 'zh', TW: 'zh',
  KR: 'ko', SA: 'ar', AE: 'ar', EG: 'ar',
};

/** The language a requester from `country` most likely prefers; English otherwise. */
export function defaultLanguageOf(country: Country): Language {
  return countryLanguages[country] ?? 'en';
}

/** A country's name in the user's language, e.g. `Deutschland` for DE in German. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in the user's language. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
