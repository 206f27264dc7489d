import { timestampToUtc } from '../domain/time';
import type { Country, Id, Timestamp } from '../schemas/common';
import type { ProductComplaintPersonal } from '../schemas/product-complaint';
import type { AdverseEventPersonal, NewSafetyReport, SafetyReport } from '../schemas/safety-report';
import { notSerious } from '../schemas/safety-parts';
import type { ReportedEvent } from '../schemas/safety-parts';

/**
 * Day 0 and immutability (PRODUCT.md; GVP VI.B.7): Day 0 is when anyone in the company first
 * learned of the case, so it defaults to the source contact's receipt and may only move earlier,
 * with a reason that the audit trail keeps. A forwarded report never changes again: corrections
 * and new information are follow-up reports, each with its own Day 0.
 */

/** A change to Day 0 or to a forwarded report that the rules refuse; `code` names which rule. */
export class SafetyRuleError extends Error {
  override name = 'SafetyRuleError';
  constructor(
    readonly code:
      'awareness-not-earlier' | 'reason-required' | 'report-forwarded' | 'report-not-forwarded',
    message: string,
  ) {
    super(message);
  }
}

/** Throws SafetyRuleError(`report-forwarded`) for a forwarded report: its content is frozen. */
export function assertEditable(report: Pick<SafetyReport, 'status' | 'reference'>): void {
  if (report.status !== 'flagged') {
    throw new SafetyRuleError(
      'report-forwarded',
      `${report.reference} was forwarded and is immutable: record a follow-up report instead`,
    );
  }
}

/**
 * Day 0 moved earlier, with the change recorded on the report. Throws SafetyRuleError when the
 * new time is not earlier, when the reason is shorter than five characters, or when the report
 * was already forwarded.
 */
export function moveAwarenessEarlier<T extends SafetyReport>(
  report: T,
  change: { to: Timestamp; reason: string; by: Id; at: Timestamp },
): T {
  assertEditable(report);
  if (timestampToUtc(change.to) >= timestampToUtc(report.awarenessAt)) {
    throw new SafetyRuleError('awareness-not-earlier', 'Day 0 may only move earlier');
  }
  const reason = change.reason.trim();
  if (reason.length < 5) {
    throw new SafetyRuleError('reason-required', 'Say why Day 0 moves earlier');
  }
  const recorded = {
    from: report.awarenessAt,
    to: change.to,
    reason,
    changedAt: change.at,
    changedBy: change.by,
  };
  return {
    ...report,
    awarenessAt: change.to,
    awarenessChanges: [...report.awarenessChanges, recorded],
  };
}

export type ReportSource = {
  inquiryId: Id | null;
  /** The contact's receipt time; Day 0 defaults to it. Without an inquiry, the capture time. */
  receivedAt: Timestamp;
  affiliateCountry: Country;
  now: Timestamp;
};

function baseOf(source: ReportSource): Omit<NewSafetyReport, 'kind' | 'personal'> {
  return {
    inquiryId: source.inquiryId,
    sourceReceivedAt: source.inquiryId === null ? null : source.receivedAt,
    awarenessAt: source.receivedAt,
    awarenessChanges: [],
    firstSavedAt: source.now,
    followUpOf: null,
    followUpNumber: 0,
    status: 'flagged',
    forwarding: null,
    affiliateCountry: source.affiliateCountry,
    linkedReportIds: [],
    productIds: [],
  };
}

const blankContact = {
  street: null,
  city: null,
  state: null,
  postcode: null,
  phone: null,
  email: null,
};

/** The personal part of an adverse-event report with nothing filled in. */
export function blankAdverseEventPersonal(): AdverseEventPersonal {
  return {
    reporter: {
      title: null,
      givenName: null,
      familyName: null,
      initials: null,
      organisation: null,
    },
    reporterContact: blankContact,
    patient: {
      initials: null,
      recordNumber: null,
      dateOfBirth: null,
      age: null,
      ageGroup: null,
      sex: null,
      weightKg: null,
      heightCm: null,
      pregnancy: {
        status: 'unknown',
        exposure: null,
        lastMenstrualPeriod: null,
        expectedDeliveryDate: null,
        gestationWeeksAtExposure: null,
      },
    },
    narrative: '',
    relevantHistory: '',
  };
}

/** The personal part of a product complaint with nothing filled in. */
export function blankProductComplaintPersonal(): ProductComplaintPersonal {
  return {
    complainant: { name: null, organisation: null },
    reporterContact: blankContact,
    description: '',
    replyText: '',
  };
}

/** An empty adverse-event report from a contact: Day 0 = its receipt time. */
export function blankAdverseEventReport(
  source: ReportSource,
): Extract<NewSafetyReport, { kind: 'adverse-event' }> {
  return {
    kind: 'adverse-event',
    ...baseOf(source),
    reporter: { qualification: null, country: null },
    products: [],
    events: [],
    specialSituations: [],
    populations: { paediatric: false, elderly: false },
    personal: blankAdverseEventPersonal(),
  };
}

/** An empty product quality complaint from a contact. */
export function blankProductComplaint(
  source: ReportSource,
): Extract<NewSafetyReport, { kind: 'product-complaint' }> {
  return {
    kind: 'product-complaint',
    ...baseOf(source),
    complaint: {
      productId: null,
      productName: '',
      strength: null,
      lotNumber: null,
      expiryDate: null,
      nature: 'other',
      sampleAvailability: 'unknown',
      complainantType: 'patient',
      complainantCountry: null,
      reply: { status: 'pending', sentAt: null, method: null },
    },
    personal: blankProductComplaintPersonal(),
  };
}

/** A new reaction with nothing ticked, in the reporter's language. */
export function blankEvent(id: Id, verbatim: string, language: string): ReportedEvent {
  return {
    id,
    verbatim,
    language,
    onset: null,
    end: null,
    outcome: null,
    seriousness: notSerious,
    coding: null,
  };
}

/**
 * The content of a follow-up to a report (forwarded or not): the original's content, linked to
 * it, numbered, with its own Day 0 (the follow-up information's receipt) and a fresh life cycle.
 */
export function startFollowUp(
  original: SafetyReport,
  source: { receivedAt: Timestamp; inquiryId: Id | null; now: Timestamp },
): NewSafetyReport {
  const {
    id: _id,
    reference: _reference,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    createdBy: _createdBy,
    updatedBy: _updatedBy,
    serverRevision: _serverRevision,
    deleted: _deleted,
    ...content
  } = original;
  return {
    ...content,
    inquiryId: source.inquiryId,
    sourceReceivedAt: source.inquiryId === null ? null : source.receivedAt,
    awarenessAt: source.receivedAt,
    awarenessChanges: [],
    firstSavedAt: source.now,
    followUpOf: original.followUpOf ?? original.id,
    followUpNumber: original.followUpNumber + 1,
    status: 'flagged',
    forwarding: null,
  };
}

/**
 * A report as a PV device receives it from the server: the server withholds `reporterContact`
 * from PV users without the reporter-contact permission (PRODUCT.md, roles). The report is
 * complete without it, so the part reads as empty ("not shown to you") rather than making the
 * whole report unreadable. Anything else passes unchanged.
 */
export function withWithheldReporterContact(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('personal' in value)) return value;
  const personal = value.personal;
  if (typeof personal !== 'object' || personal === null || 'reporterContact' in personal) {
    return value;
  }
  return { ...value, personal: { ...personal, reporterContact: { ...blankContact } } };
}
