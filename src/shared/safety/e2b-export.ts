import type { Timestamp } from '../schemas/common';
import type { AdverseEventReport, SafetyReport } from '../schemas/safety-report';
import type { ExchangeGap, MinimumCriterion } from './minimum-criteria';
import { buildIcsrBatch, buildIcsrMessage, caseIdentifierOf, serializeXml } from './e2b';

/**
 * The E2B(R3) file of one report, as the report page downloads it: the message in its batch, or
 * — for an incomplete or uncoded case — the list of what is missing, so the officer sends the
 * CIOMS form instead (PRODUCT.md: "an incomplete or uncoded case goes out as CIOMS").
 */

export type E2bExportInput = {
  report: AdverseEventReport;
  /** Every report on the device: the initial report of a follow-up and linked reports. */
  reports: readonly SafetyReport[];
  company: { name: string; department: string | null };
  createdAt: Timestamp;
  /** Unique per file: the message id (N.2.r.1) and batch id (N.1.2) derive from it. */
  messageId: string;
  includeReporterContact: boolean;
};

export type E2bExport =
  | { kind: 'xml'; fileName: string; xml: string; caseIdentifier: string }
  | { kind: 'cioms-only'; missing: (MinimumCriterion | ExchangeGap)[] };

/** Upper-case letters and digits of the company name: the code in identifiers. */
export function companyCodeOf(companyName: string): string {
  return (
    companyName
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '')
      .slice(0, 20) || 'COMPANY'
  );
}

/**
 * Builds the file. The case identifier (C.1.1) is the initial report's, so follow-ups carry the
 * same one; first receipt (C.1.4) is the initial report's Day 0. Until a PV integration supplies
 * them, the sender and receiver identifiers are derived from the company and the affiliate
 * (`HALVORSEN-DE-MI` → `HALVORSEN-PV`), which PV can map (decision 0053).
 */
export function buildE2bExport(input: E2bExportInput): E2bExport {
  const { report, reports } = input;
  const byId = new Map(reports.map((item) => [item.id, item]));
  const initial = report.followUpOf === null ? report : (byId.get(report.followUpOf) ?? report);
  const code = companyCodeOf(input.company.name);
  const caseIdentifier = caseIdentifierOf(report.affiliateCountry, code, initial.reference);
  const linkedCaseIdentifiers = report.linkedReportIds.flatMap((id) => {
    const linked = byId.get(id);
    return linked === undefined
      ? []
      : [caseIdentifierOf(linked.affiliateCountry, code, linked.reference)];
  });
  const senderIdentifier = `${code}-${report.affiliateCountry}-MI`;
  const receiverIdentifier = `${code}-PV`;
  const outcome = buildIcsrMessage(report, {
    sender: {
      identifier: senderIdentifier,
      organisation: input.company.name,
      department: input.company.department,
      country: report.affiliateCountry,
    },
    receiverIdentifier,
    messageId: input.messageId,
    createdAt: input.createdAt,
    caseIdentifier,
    firstReceivedAt: initial.awarenessAt,
    linkedCaseIdentifiers,
    includeReporterContact: input.includeReporterContact,
  });
  if (outcome.kind === 'cioms-only') return outcome;
  if (outcome.kind === 'not-an-icsr') throw new RangeError('Only adverse-event reports are ICSRs');
  const batch = buildIcsrBatch([outcome.message], {
    batchId: `B-${input.messageId}`,
    createdAt: input.createdAt,
    senderIdentifier,
    receiverIdentifier,
  });
  const suffix = report.followUpNumber > 0 ? `-FU${report.followUpNumber}` : '';
  return {
    kind: 'xml',
    fileName: `E2B-${initial.reference}${suffix}.xml`,
    xml: serializeXml(batch),
    caseIdentifier,
  };
}
