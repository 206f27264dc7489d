import type { StemLanguage } from './stemming';

/*
 * Function words left out of the index and of queries: they match nearly every document, cost
 * prefix expansions while typing, and carry no meaning for ranking. Short lists on purpose —
 * words such as "not", "nicht" or "sans" stay searchable. Folded (no accents).
 */
const lists: Record<StemLanguage, string> = {
  en: 'a an and are as at be by for from has have in is it its of on or that the their this to was were which with',
  de: 'am an auf aus bei das dem den der des die ein eine einem einen einer eines im in ist mit oder sind und vom von zu zum zur',
  fr: 'a au aux ce ces d dans de des du en est et l la le les par pour qu que qui sa se ses sur un une',
  es: 'a al como con de del el en es la las lo los o para por que se su sus un una y',
};

const stopwords: Record<StemLanguage, ReadonlySet<string>> = {
  en: new Set(lists.en.split(' ')),
  de: new Set(lists.de.split(' ')),
  fr: new Set(lists.fr.split(' ')),
  es: new Set(lists.es.split(' ')),
};

/** Whether a folded word is a function word of the language (never true without one). */
export function isStopword(foldedWord: string, language: StemLanguage | null): boolean {
  return language !== null && stopwords[language].has(foldedWord);
}

/** Whether a folded word is a function word of any of the library's languages. */
export function isStopwordAnywhere(foldedWord: string): boolean {
  return Object.values(stopwords).some((words) => words.has(foldedWord));
}
