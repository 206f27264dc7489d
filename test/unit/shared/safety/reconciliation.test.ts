import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildReconciliation,
  summariseReconciliation,
} from '../../../../src/shared/safety/reconciliation';
import {
  reconciliationCsv,
  reconciliationPdf,
} from '../../../../src/shared/safety/reconciliation-export';
import type { Forwarding, SafetyAction, SafetyReport } from '../../../../src/shared/schemas';
import { pdfText, renderPdf } from '../../../helpers/pdf';
import { testIds } from '../fixtures';
import {
  asStored,
  germanCalendar,
  incompleteAdverseEvent,
  linkedComplaint,
  savedAt,
  seriousAdverseEvent,
} from './report-fixtures';

const id = (n: number): string => `01940000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;

function report(n: number, dayZero: string, forwarding: Forwarding | null = null): SafetyReport {
  const content = {
    ...seriousAdverseEvent(),
    inquiryId: null,
    sourceReceivedAt: null,
    awarenessAt: dayZero,
    firstSavedAt: dayZero,
    status: forwarding === null ? ('flagged' as const) : ('forwarded' as const),
    forwarding,
  };
  return asStored(content, `SR-2026-K7Q-00000${n}`, id(n));
}

const byFax = (at: string, reference = 'TX-1'): Forwarding => ({
  channel: 'fax',
  at,
  reference,
  recordedBy: testIds.user,
  recordedAt: at,
});

/** Now: Wednesday 11 March 2026, noon in Berlin. */
const now = new Date('2026-03-11T12:00:00+01:00');

const reports = [
  report(1, '2026-03-02T09:00:00.000+01:00', byFax('2026-03-02T15:00:00.000+01:00')), // same day
  report(
    2,
    '2026-03-03T09:00:00.000+01:00',
    byFax('2026-03-06T10:00:00.000+01:00', '=HYPERLINK("x")'),
  ), // 3 business days: late
  report(3, '2026-03-05T09:00:00.000+01:00'), // due 6 March: overdue
  report(4, '2026-03-11T08:00:00.000+01:00'), // due tomorrow
  report(5, '2026-03-06T17:00:00.000+01:00', byFax('2026-03-09T08:00:00.000+01:00')), // Friday → Monday: 1 business day
];
const acknowledgement: SafetyAction = {
  id: id(90),
  reportId: id(1),
  occurredAt: '2026-03-03T09:00:00.000+01:00',
  kind: 'acknowledged',
  pvCaseId: 'DE-PV-2026-0042',
  createdAt: savedAt,
  updatedAt: savedAt,
  createdBy: testIds.user,
  updatedBy: testIds.user,
  serverRevision: null,
  deleted: false,
};

describe('the reconciliation report', () => {
  const rows = buildReconciliation(reports, [acknowledgement], now, germanCalendar);

  it('lists every report, overdue first, then due, then late, then on time', () => {
    expect(rows.map((row) => [row.reference, row.forwardingState])).toEqual([
      ['SR-2026-K7Q-000003', 'overdue'],
      ['SR-2026-K7Q-000004', 'pending'],
      ['SR-2026-K7Q-000002', 'late'],
      ['SR-2026-K7Q-000001', 'on-time'],
      ['SR-2026-K7Q-000005', 'on-time'],
    ]);
  });

  it('counts business days to forward, weekends excluded, and shows the acknowledgement', () => {
    const of = (reference: string) => rows.find((row) => row.reference === reference);
    expect([
      of('SR-2026-K7Q-000001')?.businessDaysToForward,
      of('SR-2026-K7Q-000002')?.businessDaysToForward,
      of('SR-2026-K7Q-000005')?.businessDaysToForward,
      of('SR-2026-K7Q-000003')?.businessDaysToForward,
    ]).toEqual([0, 3, 1, null]);
    expect(of('SR-2026-K7Q-000001')).toMatchObject({
      status: 'acknowledged',
      pvCaseId: 'DE-PV-2026-0042',
      acknowledgedAt: '2026-03-03T09:00:00.000+01:00',
    });
    expect(summariseReconciliation(rows)).toEqual({
      total: 5,
      forwarded: 3,
      acknowledged: 1,
      overdue: 1,
      forwardedLate: 1,
      onTimeRate: 2 / 3,
    });
  });

  it('marks incomplete cases and includes complaints', () => {
    const more = [
      asStored(incompleteAdverseEvent(), 'SR-2026-K7Q-000006', id(6)),
      asStored(linkedComplaint(), 'SR-2026-K7Q-000007', id(7)),
    ];
    const extra = buildReconciliation(more, [], now, germanCalendar);
    expect(extra.map((row) => [row.kind, row.isValidCase])).toEqual([
      ['adverse-event', false],
      ['product-complaint', true],
    ]);
  });

  it('exports CSV that a spreadsheet cannot execute, with translated headers', () => {
    const csv = reconciliationCsv(rows, 'de');
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trimEnd(), {
      newline: '\r\n',
      delimiter: ',',
    }).data;
    expect(parsed[0]?.slice(0, 4)).toEqual(['Referenz', 'Art', 'Folgemeldung', 'Tag 0']);
    expect(parsed).toHaveLength(6);
    const late = parsed.find((line) => line[0] === 'SR-2026-K7Q-000002');
    expect(late).toContain(`'=HYPERLINK("x")`);
    expect(late).toContain('2026-03-03 09:00 +01:00');
    expect(parsed[1]).toContain('ÜBERFÄLLIG');
  });

  it('prints a PDF with the counts and the overdue report on top', async () => {
    const document = reconciliationPdf(rows, {
      language: 'en',
      generatedAt: '2026-03-11T12:00:00.000+01:00',
      affiliateCountry: 'DE',
      companyName: 'Halvorsen Pharma GmbH',
    });
    const text = pdfText(await renderPdf(document));
    expect(text).toContain('Halvorsen Pharma GmbH — Safety report reconciliation');
    expect(text).toContain(
      'Reports: 5 · forwarded: 3 · acknowledged: 1 · overdue: 1 · forwarded late: 1',
    );
    expect(text.indexOf('SR-2026-K7Q-000003')).toBeLessThan(text.indexOf('SR-2026-K7Q-000001'));
    expect(text).toContain('OVERDUE');
  });
});
