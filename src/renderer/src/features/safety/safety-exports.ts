import { createId, toDeviceTimestamp } from '../../../../shared/domain';
import type { BusinessCalendar } from '../../../../shared/domain/business-calendar';
import type { SupportedLanguage } from '../../../../shared/i18n';
import { buildCiomsForm } from '../../../../shared/safety/cioms';
import { caseIdentifierOf } from '../../../../shared/safety/e2b/icsr';
import { buildE2bExport } from '../../../../shared/safety/e2b-export';
import type { E2bExport } from '../../../../shared/safety/e2b-export';
import { buildReconciliation } from '../../../../shared/safety/reconciliation';
import {
  reconciliationCsv,
  reconciliationPdf,
} from '../../../../shared/safety/reconciliation-export';
import type {
  AdverseEventReport,
  SafetyAction,
  SafetyReport,
  Settings,
} from '../../../../shared/schemas';
import { getPlatform } from '../../platform';
import { renderPdfBytes } from './render-pdf';

/** The files the safety area saves: CIOMS forms and the reconciliation report. */

function stamp(now: Date): string {
  return toDeviceTimestamp(now).slice(0, 16).replace(/[-:T]/g, '');
}

/** The company name for documents: the letterhead's, or its department while unconfigured. */
export function companyName(settings: Settings): string {
  return settings.letterhead.companyName || settings.letterhead.department || 'Medical Information';
}

/** Saves the CIOMS I form of a report (a download in browser mode). */
export async function saveCiomsPdf(
  report: AdverseEventReport,
  settings: Settings,
  includeReporterContact: boolean,
): Promise<void> {
  const document = buildCiomsForm(report, {
    manufacturer: { name: companyName(settings), addressLines: settings.letterhead.addressLines },
    controlNumber: caseIdentifierOf(
      report.affiliateCountry,
      companyName(settings),
      report.reference,
    ),
    generatedAt: toDeviceTimestamp(new Date()),
    includeReporterContact,
  });
  const bytes = await renderPdfBytes(document);
  await getPlatform().saveFile({
    suggestedName: `CIOMS-${report.reference}.pdf`,
    kind: 'pdf',
    bytes,
  });
}

/**
 * Saves the ICH E2B(R3) message of a report (a download in browser mode) when the report meets
 * the four minimum criteria and every reaction is coded; otherwise saves nothing and returns
 * what is missing, so the page can send the officer to the CIOMS form.
 */
export async function saveE2bXml(
  report: AdverseEventReport,
  reports: readonly SafetyReport[],
  settings: Settings,
  includeReporterContact: boolean,
): Promise<E2bExport> {
  const file = buildE2bExport({
    report,
    reports,
    company: { name: companyName(settings), department: settings.letterhead.department || null },
    createdAt: toDeviceTimestamp(new Date()),
    messageId: createId(),
    includeReporterContact,
  });
  if (file.kind === 'xml') {
    await getPlatform().saveFile({
      suggestedName: file.fileName,
      kind: 'xml',
      bytes: new TextEncoder().encode(file.xml),
    });
  }
  return file;
}

type ReconciliationInput = {
  reports: readonly SafetyReport[];
  actions: readonly SafetyAction[];
  calendar: BusinessCalendar;
  settings: Settings;
  language: SupportedLanguage;
};

/** Saves the reconciliation report as CSV (UTF-8, formula-safe). */
export async function saveReconciliationCsv(input: ReconciliationInput): Promise<void> {
  const now = new Date();
  const rows = buildReconciliation(input.reports, input.actions, now, input.calendar);
  const bytes = new TextEncoder().encode(reconciliationCsv(rows, input.language));
  await getPlatform().saveFile({
    suggestedName: `safety-reconciliation-${stamp(now)}.csv`,
    kind: 'csv',
    bytes,
  });
}

/** Saves the reconciliation report as PDF. */
export async function saveReconciliationPdf(input: ReconciliationInput): Promise<void> {
  const now = new Date();
  const rows = buildReconciliation(input.reports, input.actions, now, input.calendar);
  const document = reconciliationPdf(rows, {
    language: input.language,
    generatedAt: toDeviceTimestamp(now),
    affiliateCountry: input.settings.affiliateCountry,
    companyName: companyName(input.settings),
  });
  const bytes = await renderPdfBytes(document);
  await getPlatform().saveFile({
    suggestedName: `safety-reconciliation-${stamp(now)}.pdf`,
    kind: 'pdf',
    bytes,
  });
}
