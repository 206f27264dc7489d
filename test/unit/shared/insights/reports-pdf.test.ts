import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../src/shared/i18n';
import {
  buildDashboardPdf,
  buildEventReportPdf,
  computeDashboard,
  computeEventReport,
  dashboardFigures,
  noFilters,
  translatorFor,
} from '../../../../src/shared/insights';
import { input, inquiry, products, safetyReport } from './fixtures';

const fonts = 'node_modules/pdfmake/fonts/Roboto';
pdfmake.addFonts({
  Roboto: {
    normal: `${fonts}/Roboto-Regular.ttf`,
    bold: `${fonts}/Roboto-Medium.ttf`,
    italics: `${fonts}/Roboto-Italic.ttf`,
    bolditalics: `${fonts}/Roboto-MediumItalic.ttf`,
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fonts));

/** Renders a definition with pdfmake and reads its text back with pdftotext (poppler-utils). */
async function pdfText(definition: TDocumentDefinitions): Promise<string> {
  const bytes = await pdfmake.createPdf(definition).getBuffer();
  const file = join(mkdtempSync(join(tmpdir(), 'insights-pdf-')), 'report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const t = translatorFor(catalogs.en);
const event = {
  id: 'event-esc',
  name: 'ESC Congress 2026, Munich',
  city: 'München',
  country: 'DE',
  startDate: '2026-08-28',
  endDate: '2026-08-31',
  boothLabel: 'Hall B2, booth 214',
  deleted: false,
};
const data = input({
  events: [event],
  inquiries: [
    inquiry('2026-08-29', {
      id: 'booth-1',
      eventId: event.id,
      status: 'answered',
      answeredAt: '2026-09-02T10:00:00.000+02:00',
      categories: ['interactions', 'off-label'],
      isOffLabel: true,
    }),
    inquiry('2026-08-30', {
      id: 'booth-2',
      eventId: event.id,
      categories: ['dosing-administration'],
      requester: { type: 'pharmacist', country: 'AT' },
    }),
    inquiry('2026-08-30', {
      id: 'booth-3',
      eventId: event.id,
      productIds: [products.glyconor],
      categories: ['safety-tolerability'],
    }),
    inquiry('2026-09-10', { id: 'phone', categories: ['interactions'] }),
  ],
  safetyReports: [
    safetyReport('report-1', {
      inquiryId: 'booth-3',
      awarenessAt: '2026-08-30T11:00:00.000+02:00',
      forwardedAt: '2026-08-31T09:00:00.000+02:00',
    }),
  ],
});

describe('insights reports as PDF', () => {
  it('prints the event report with its summary, charts and tables', async () => {
    const report = computeEventReport(data, event.id, '2026-09-15');
    const text = await pdfText(
      buildEventReportPdf(report, dashboardFigures(report.dashboard, t), t, {
        generatedAt: '15 Sept 2026',
      }),
    );
    expect(text).toContain('Event report: ESC Congress 2026, Munich');
    expect(text).toContain('Booth: Hall B2, booth 214');
    expect(text).toMatch(
      /3\s+1\s+1\s+2\s*\n\s*Inquiries captured\s+Safety reports captured\s+Answered\s+Still open/,
    );
    expect(text).toContain('Cardivex · Interactions');
    expect(text).toContain('Glyconor · Safety and tolerability');
    expect(text).toContain('Pharmacist');
    expect(text).not.toContain('Cardivex · Interactions              2'); // the phone inquiry is not the booth's
  });

  it('prints the dashboard with period, filters and every section', async () => {
    const dashboard = computeDashboard(
      data,
      { ...noFilters, from: '2026-08-01', to: '2026-09-30' },
      '2026-09-15',
    );
    const text = await pdfText(
      buildDashboardPdf(dashboard, dashboardFigures(dashboard, t), t, {
        generatedAt: 'today',
        filterSummary: '',
      }),
    );
    expect(text).toContain('Period: 2026-08-01 to 2026-09-30');
    expect(text).toContain('Filters: none');
    for (const section of [
      'Inquiry trends',
      'Service levels',
      'Content use',
      'Unmet educational needs',
    ]) {
      expect(text).toContain(section);
    }
    expect(text).toContain('Off-label themes by product');
    expect(text).toMatch(/Page 1 of \d/);
  });
});
