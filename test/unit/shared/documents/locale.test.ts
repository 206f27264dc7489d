import { describe, expect, it } from 'vitest';
import {
  countryName,
  documentLocale,
  formatDocumentDate,
  formatSignatureMoment,
} from '../../../../src/shared/documents';

describe('dates and names in the recipient’s locale', () => {
  it('writes the date as each language does', () => {
    expect(formatDocumentDate('2026-03-16', documentLocale('en', 'GB'))).toBe('16 March 2026');
    expect(formatDocumentDate('2026-03-16', documentLocale('en', 'US'))).toBe('March 16, 2026');
    expect(formatDocumentDate('2026-03-16', documentLocale('de', 'DE'))).toBe('16. März 2026');
    expect(formatDocumentDate('2026-03-16', documentLocale('fr', 'FR'))).toBe('16 mars 2026');
    expect(formatDocumentDate('2026-03-16', documentLocale('es', 'ES'))).toBe(
      '16 de marzo de 2026',
    );
  });

  it('falls back to European English where English has no data for the country', () => {
    expect(documentLocale('en', 'GR')).toBe('en-150');
    expect(formatDocumentDate('2026-08-29', documentLocale('en', 'GR'))).toBe('29 August 2026');
  });

  it('prints the signing time as the signer’s clock showed it, with the offset', () => {
    expect(formatSignatureMoment('2026-03-16T10:14:32.000+01:00', 'en-GB')).toBe(
      '16 March 2026 at 10:14 (UTC+01:00)',
    );
    expect(formatSignatureMoment('2026-07-01T23:59:00-04:00', 'de-DE')).toBe(
      '1. Juli 2026 um 23:59 (UTC-04:00)',
    );
  });

  it('names countries in the letter’s language', () => {
    expect(countryName('DE', 'fr-FR')).toBe('Allemagne');
    expect(countryName('EU', 'en-GB')).toBe('European Union');
  });
});
