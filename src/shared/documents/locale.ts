import type { Country, IsoDate, Language, Timestamp } from '../schemas/common';

/*
 * Dates and names as the recipient reads them. Intl is part of the ECMAScript library, so this
 * stays pure; the time zone is always fixed (UTC on wall-clock values) so output never depends
 * on the machine that prints.
 */

/**
 * The BCP 47 locale of a document: the letter's language with the recipient's country
 * (`de` + `AT` → `de-AT`), or the language's own region when it has one (`fr-CA`). Where the
 * pair has no regional data (English in Greece), English falls back to European English
 * (`en-150`: 29 August 2026, 24-hour clock) and other languages to their default.
 */
export function documentLocale(language: Language, country: Country): string {
  if (language.includes('-')) return language;
  const candidate = `${language}-${country}`;
  const resolved = new Intl.DateTimeFormat(candidate).resolvedOptions().locale;
  if (resolved === candidate) return candidate;
  return language === 'en' ? 'en-150' : language;
}

/** `2026-03-14` → "14 March 2026" (en-GB), "14. März 2026" (de-DE), "March 14, 2026" (en-US). */
export function formatDocumentDate(date: IsoDate, locale: string): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a calendar date: "${date}"`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}

const timestampPattern =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A signature's date and time as the signer's clock showed it, with its UTC offset, e.g.
 * "14 March 2026 at 09:30 (UTC+01:00)": 21 CFR 11.50 asks for the date and time of signing on
 * every printout, and the offset keeps the moment unambiguous.
 */
export function formatSignatureMoment(timestamp: Timestamp, locale: string): string {
  const match = timestampPattern.exec(timestamp);
  if (!match) throw new RangeError(`Not a timestamp with an offset: "${timestamp}"`);
  const [, date = '', hours = '', minutes = '', seconds = '00', offset = 'Z'] = match;
  // The wall-clock values, read as if in UTC, then printed in UTC: the local time, unshifted.
  const wallClock = new Date(`${date}T${hours}:${minutes}:${seconds}Z`);
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(wallClock);
  return `${text} (UTC${offset === 'Z' ? '+00:00' : offset})`;
}

/** "Germany", "Deutschland", "Allemagne": a country code in the document's language. */
export function countryName(country: Country, locale: string): string {
  return (
    new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(country) ?? country
  );
}
