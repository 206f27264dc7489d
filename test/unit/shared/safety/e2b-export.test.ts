import { describe, expect, it } from 'vitest';
import { buildE2bExport, companyCodeOf } from '../../../../src/shared/safety/e2b-export';
import type { E2bExportInput } from '../../../../src/shared/safety/e2b-export';
import type { AdverseEventReport, SafetyReport } from '../../../../src/shared/schemas';
import { conformanceProblems, parseStrictly } from '../../../helpers/e2b-conformance';
import {
  asStored,
  incompleteAdverseEvent,
  linkedComplaint,
  seriousAdverseEvent,
} from './report-fixtures';

const initialId = '01940000-0000-7000-8000-0000000000a1';
const followUpId = '01940000-0000-7000-8000-0000000000a2';
const complaintId = '01940000-0000-7000-8000-0000000000a3';

function input(report: AdverseEventReport, reports: readonly SafetyReport[]): E2bExportInput {
  return {
    report,
    reports,
    company: { name: 'Halvorsen Pharma GmbH', department: 'Medical Information' },
    createdAt: '2026-03-04T08:00:00.000+01:00',
    messageId: '01940000-0000-7000-8000-0000000000ff',
    includeReporterContact: false,
  };
}

function textOf(xml: string, path: string): string[] {
  const document = parseStrictly(xml);
  return Array.from(document.getElementsByTagName(path)).map(
    (node) => node.getAttribute('extension') ?? node.getAttribute('value') ?? '',
  );
}

describe('the E2B(R3) file of a report page', () => {
  it('is a conformant batch for a complete, coded report, named after the case', () => {
    const report = asStored(seriousAdverseEvent(), 'SR-2026-K7Q-000001', initialId);
    const file = buildE2bExport(input(report, [report]));
    if (file.kind !== 'xml') throw new Error(`expected XML, got ${file.kind}`);
    expect(file.fileName).toBe('E2B-SR-2026-K7Q-000001.xml');
    expect(file.caseIdentifier).toBe('DE-HALVORSENPHARMAGMBH-SR-2026-K7Q-000001');
    expect(conformanceProblems(file.xml)).toEqual([]);
    expect(textOf(file.xml, 'id')).toContain('B-01940000-0000-7000-8000-0000000000ff');
  });

  it('gives a follow-up the case identifier and first receipt of its initial report', () => {
    const initial = asStored(seriousAdverseEvent(), 'SR-2026-K7Q-000001', initialId);
    const followUp = asStored(
      {
        ...seriousAdverseEvent(),
        followUpOf: initialId,
        followUpNumber: 1,
        awarenessAt: '2026-03-10T11:00:00.000+01:00',
        sourceReceivedAt: '2026-03-10T11:00:00.000+01:00',
      },
      'SR-2026-K7Q-000002',
      followUpId,
    );
    const file = buildE2bExport(input(followUp, [initial, followUp]));
    if (file.kind !== 'xml') throw new Error('expected XML');
    expect(file.fileName).toBe('E2B-SR-2026-K7Q-000001-FU1.xml');
    expect(file.caseIdentifier).toContain('SR-2026-K7Q-000001');
    // C.1.4 first receipt (the initial Day 0) and C.1.5 most recent information (this one's).
    expect(file.xml).toContain('<low value="20260303093000+0100"/>');
    expect(file.xml).toContain('<availabilityTime value="20260310110000+0100"/>');
    expect(conformanceProblems(file.xml)).toEqual([]);
  });

  it('names a linked complaint among the linked reports (C.1.10.r)', () => {
    const complaint = asStored(linkedComplaint(), 'SR-2026-K7Q-000003', complaintId);
    const report = asStored(
      { ...seriousAdverseEvent(), linkedReportIds: [complaintId] },
      'SR-2026-K7Q-000001',
      initialId,
    );
    const file = buildE2bExport(input(report, [report, complaint]));
    if (file.kind !== 'xml') throw new Error('expected XML');
    expect(file.xml).toContain('DE-HALVORSENPHARMAGMBH-SR-2026-K7Q-000003');
    expect(conformanceProblems(file.xml)).toEqual([]);
  });

  it('refuses an incomplete or uncoded case with the list of what is missing', () => {
    const report = asStored(incompleteAdverseEvent(), 'SR-2026-K7Q-000001', initialId);
    expect(buildE2bExport(input(report, [report]))).toEqual({
      kind: 'cioms-only',
      missing: ['identifiable-patient', 'reaction-coding'],
    });
  });

  it('makes a code of any company name', () => {
    expect(companyCodeOf('Halvorsen Pharma GmbH')).toBe('HALVORSENPHARMAGMBH');
    expect(companyCodeOf('   ')).toBe('COMPANY');
  });
});
