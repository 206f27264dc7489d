import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { recordsToCsv } from '../export/csv';
import type { CsvColumn } from '../export/csv';
import { catalogs } from '../i18n';
import type { SupportedLanguage } from '../i18n';
import type { Timestamp } from '../schemas/common';
import { summariseReconciliation } from './reconciliation';
import type { ReconciliationRow } from './reconciliation';

/**
 * The reconciliation report as CSV (for PV's own reconciliation against its safety database)
 * and as a PDF to file. Times are written as the recording wall clock saw them, with the
 * offset (`2026-03-03 09:30 +01:00`): unambiguous in any spreadsheet, sortable within a day.
 */

type Messages = (typeof catalogs)['en']['safetyReports'];

function messagesOf(language: SupportedLanguage): Messages {
  return catalogs[language].safetyReports;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** `2026-03-03T09:30:00.000+01:00` → `2026-03-03 09:30 +01:00`. */
export function reportTime(timestamp: Timestamp | null): string {
  if (timestamp === null) return '';
  const offset = timestamp.endsWith('Z') ? '+00:00' : timestamp.slice(-6);
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)} ${offset}`;
}

function columnsOf(messages: Messages): CsvColumn<ReconciliationRow>[] {
  const labels = messages.reconciliation.columns;
  const yesNo = (value: boolean): string =>
    value ? messages.reconciliation.yes : messages.reconciliation.no;
  return [
    { header: labels.reference, value: (row) => row.reference },
    { header: labels.kind, value: (row) => messages.kind[row.kind] },
    { header: labels.followUp, value: (row) => row.followUpNumber },
    { header: labels.dayZero, value: (row) => reportTime(row.dayZero) },
    { header: labels.firstSaved, value: (row) => reportTime(row.firstSavedAt) },
    { header: labels.due, value: (row) => reportTime(row.dueAt) },
    { header: labels.state, value: (row) => messages.reconciliation.states[row.forwardingState] },
    { header: labels.forwarded, value: (row) => reportTime(row.forwardedAt) },
    {
      header: labels.channel,
      value: (row) =>
        row.forwardingChannel === null ? '' : messages.options.channel[row.forwardingChannel],
    },
    { header: labels.forwardingReference, value: (row) => row.forwardingReference },
    { header: labels.businessDays, value: (row) => row.businessDaysToForward },
    { header: labels.acknowledged, value: (row) => reportTime(row.acknowledgedAt) },
    { header: labels.pvCaseId, value: (row) => row.pvCaseId },
    { header: labels.reconciled, value: (row) => reportTime(row.reconciledAt) },
    { header: labels.status, value: (row) => messages.status[row.status] },
    { header: labels.valid, value: (row) => yesNo(row.isValidCase) },
  ];
}

/** RFC 4180 CSV, UTF-8 with a byte-order mark, formula-like cells neutralised (shared writer). */
export function reconciliationCsv(
  rows: readonly ReconciliationRow[],
  language: SupportedLanguage,
): string {
  return recordsToCsv(columnsOf(messagesOf(language)), rows);
}

export type ReconciliationPdfOptions = {
  language: SupportedLanguage;
  generatedAt: Timestamp;
  affiliateCountry: string;
  companyName: string;
};

/** The PDF: title, counts, then one table row per report (landscape, overdue rows marked). */
export function reconciliationPdf(
  rows: readonly ReconciliationRow[],
  options: ReconciliationPdfOptions,
): TDocumentDefinitions {
  const messages = messagesOf(options.language);
  const columns = columnsOf(messages).filter(
    (column) => column.header !== messages.reconciliation.columns.firstSaved,
  );
  const summary = summariseReconciliation(rows);
  const header: TableCell[] = columns.map((column) => ({
    text: column.header,
    bold: true,
    fillColor: '#e6e6e6',
  }));
  const body: TableCell[][] = rows.map((row) => {
    const isAlarm = row.forwardingState === 'overdue' || row.forwardingState === 'late';
    return columns.map((column, index): TableCell => ({
      text: String(column.value(row) ?? ''),
      color: isAlarm ? '#b00020' : undefined,
      // References are read out on the phone: never broken across lines.
      noWrap: index === 0,
    }));
  });
  const title: Content = {
    text: `${options.companyName} — ${messages.reconciliation.title}`.replace(/^ — /, ''),
    fontSize: 13,
    bold: true,
  };
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [24, 24, 24, 30],
    info: { title: messages.reconciliation.title },
    content: [
      title,
      {
        text: fill(messages.reconciliation.generatedAt, {
          time: reportTime(options.generatedAt),
          country: options.affiliateCountry,
        }),
        fontSize: 8,
        margin: [0, 2, 0, 2],
      },
      {
        text: fill(messages.reconciliation.summary, {
          total: summary.total,
          forwarded: summary.forwarded,
          acknowledged: summary.acknowledged,
          overdue: summary.overdue,
          late: summary.forwardedLate,
        }),
        fontSize: 9,
        margin: [0, 0, 0, 8],
      },
      rows.length === 0
        ? { text: messages.empty, italics: true }
        : {
            table: { headerRows: 1, widths: columns.map(() => 'auto'), body: [header, ...body] },
            layout: 'lightHorizontalLines',
            fontSize: 6.5,
          },
    ],
    footer: (currentPage: number, pageCount: number): Content => ({
      text: `${currentPage} / ${pageCount}`,
      alignment: 'center',
      fontSize: 7,
    }),
    defaultStyle: { fontSize: 7 },
  };
}
