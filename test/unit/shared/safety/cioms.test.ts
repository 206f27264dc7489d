import { describe, expect, it } from 'vitest';
import { buildCiomsForm } from '../../../../src/shared/safety/cioms';
import type { CiomsOptions } from '../../../../src/shared/safety/cioms';
import type { AdverseEventReport } from '../../../../src/shared/schemas';
import { pdfPageCount, pdfText, pdfToPng, renderPdf } from '../../../helpers/pdf';
import {
  asStored,
  incompleteAdverseEvent,
  pregnancyCase,
  seriousAdverseEvent,
} from './report-fixtures';

const options: CiomsOptions = {
  manufacturer: { name: 'Halvorsen Pharma GmbH', addressLines: ['Am Hafen 5', '20457 Hamburg'] },
  controlNumber: 'DE-HALVORSEN-SR-2026-K7Q-000001',
  generatedAt: '2026-03-03T10:15:00.000+01:00',
  includeReporterContact: false,
};

async function textOf(
  report: AdverseEventReport,
  overrides: Partial<CiomsOptions> = {},
): Promise<string> {
  return pdfText(await renderPdf(buildCiomsForm(report, { ...options, ...overrides })));
}

describe('the CIOMS I form', () => {
  it('lays out boxes 1–25 with the case in them', async () => {
    const text = await textOf(asStored(seriousAdverseEvent()));
    for (const caption of [
      '1. PATIENT INITIALS',
      '1a. COUNTRY',
      '2. DATE OF BIRTH',
      '2a. AGE',
      '3. SEX',
      '4–6. REACTION ONSET',
      '7 + 13. DESCRIBE REACTION(S)',
      '8–12. CHECK ALL APPROPRIATE',
      '14. SUSPECT DRUG(S)',
      '15. DAILY DOSE(S)',
      '16. ROUTE(S)',
      '17. INDICATION(S)',
      '18. THERAPY DATES',
      '19. THERAPY DURATION',
      '20. DID REACTION ABATE',
      '21. DID REACTION REAPPEAR',
      '22. CONCOMITANT DRUG(S)',
      '23. OTHER RELEVANT HISTORY',
      '24a. NAME AND ADDRESS',
      '24b. MFR CONTROL NO.',
      '24c. DATE RECEIVED',
      '24d. REPORT SOURCE',
      '25a. REPORT TYPE',
    ]) {
      expect(text).toContain(caption);
    }
    for (const value of [
      'KM',
      'JUN 1958',
      '67 years',
      'MALE',
      '27 FEB 2026',
      'swollen, painful left calf',
      'Deep vein thrombosis (fixture name) (10027940)',
      'Cardivex, 20 mg film-coated tablet, lot CX24117, action taken: withdrawn',
      '20 mg once daily',
      'Oral',
      'Atrial fibrillation',
      '10 FEB 2026 – 01 MAR 2026',
      '20 days',
      'Metformin 500 mg (2019 – ongoing)',
      'Hypertension since 2015.',
      'Halvorsen Pharma GmbH',
      'DE-HALVORSEN-SR-2026-K7Q-000001',
      '03 MAR 2026',
    ]) {
      expect(text).toContain(value);
    }
    expect(text).not.toContain('INCOMPLETE REPORT');
  });

  it('withholds the reporter’s contact details unless the reader may see them', async () => {
    const report = asStored(seriousAdverseEvent());
    expect(await textOf(report)).not.toContain('erika@example.org');
    expect(await textOf(report)).toContain('Contact details withheld');
    expect(await textOf(report, { includeReporterContact: true })).toContain('erika@example.org');
  });

  it('lists what is missing on an incomplete case', async () => {
    const text = await textOf(asStored(incompleteAdverseEvent()));
    expect(text).toContain('INCOMPLETE REPORT — MINIMUM CRITERIA MISSING');
    expect(text).toContain('An identifiable patient');
    expect(text).toContain('MedDRA codes for every reaction');
  });

  it('records a pregnancy in box 23 and prints markup as text', async () => {
    const base = pregnancyCase();
    const report = asStored({
      ...base,
      personal: { ...base.personal, narrative: 'She said <b>"dizzy"</b> & </script> nothing else' },
    });
    const text = await textOf(report);
    expect(text).toContain(
      'Pregnancy: pregnant, last menstrual period 20 DEC 2025, expected delivery 26 SEP 2026',
    );
    expect(text).toContain('She said <b>"dizzy"</b> & </script> nothing else');
    expect(text).toContain('Special situations: pregnancy');
  });

  it('fits a typical case on one page and renders an image a person can check', async () => {
    const bytes = await renderPdf(buildCiomsForm(asStored(seriousAdverseEvent()), options));
    expect(pdfPageCount(bytes)).toBe(1);
    if (process.env.CIOMS_PNG) pdfToPng(bytes, process.env.CIOMS_PNG);
  });
});
