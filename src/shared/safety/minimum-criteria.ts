import type { NewSafetyReport } from '../schemas/safety-report';

/**
 * The four minimum criteria of a valid ICSR (ICH E2D 4.1; EU GVP Module VI.B.2): an identifiable
 * reporter, an identifiable patient, at least one suspect product and at least one suspected
 * reaction. A report that misses some is still saved and forwarded, marked incomplete, and what
 * is missing becomes follow-up (PRODUCT.md).
 */

export const minimumCriteria = [
  'identifiable-reporter',
  'identifiable-patient',
  'suspect-product',
  'suspected-reaction',
] as const;
export type MinimumCriterion = (typeof minimumCriteria)[number];

/**
 * What electronic exchange needs beyond validity: the reporter's qualification and country
 * (E2B C.2.r.3–4) and MedDRA codes for every reaction (E2B E.i.2.1).
 */
export type ExchangeGap = 'reporter-qualification' | 'reporter-country' | 'reaction-coding';

export type Completeness = {
  /** All four minimum criteria met: a valid ICSR. */
  isValid: boolean;
  criteria: Record<MinimumCriterion, boolean>;
  missing: MinimumCriterion[];
  exchangeGaps: ExchangeGap[];
  /** A special situation with no reaction: still captured and forwarded (GVP VI.B.6). */
  isSpecialSituationOnly: boolean;
};

type AdverseEventContent = Extract<NewSafetyReport, { kind: 'adverse-event' }>;

const hasText = (value: string | null): boolean => value !== null && value.trim() !== '';

/** Any one of qualification, name, initials or address identifies a reporter (GVP VI.B.2). */
function isReporterIdentifiable(report: AdverseEventContent): boolean {
  const identity = report.personal.reporter;
  const contact = report.personal.reporterContact;
  return (
    report.reporter.qualification !== null ||
    hasText(identity.givenName) ||
    hasText(identity.familyName) ||
    hasText(identity.initials) ||
    [contact.street, contact.city, contact.postcode, contact.email, contact.phone].some(hasText)
  );
}

/** Any one of initials, patient id, date of birth, age or age group, or sex (GVP VI.B.2). */
function isPatientIdentifiable(report: AdverseEventContent): boolean {
  const patient = report.personal.patient;
  return (
    hasText(patient.initials) ||
    hasText(patient.recordNumber) ||
    patient.dateOfBirth !== null ||
    patient.age !== null ||
    patient.ageGroup !== null ||
    patient.sex !== null
  );
}

/** The minimum criteria of an adverse-event report and the gaps for E2B exchange. */
export function checkMinimumCriteria(report: AdverseEventContent): Completeness {
  const criteria: Record<MinimumCriterion, boolean> = {
    'identifiable-reporter': isReporterIdentifiable(report),
    'identifiable-patient': isPatientIdentifiable(report),
    'suspect-product': report.products.some(
      (product) => product.role === 'suspect' || product.role === 'interacting',
    ),
    'suspected-reaction': report.events.length > 0,
  };
  const missing = minimumCriteria.filter((criterion) => !criteria[criterion]);
  const exchangeGaps: ExchangeGap[] = [];
  if (report.reporter.qualification === null) exchangeGaps.push('reporter-qualification');
  if (report.reporter.country === null) exchangeGaps.push('reporter-country');
  if (report.events.length === 0 || report.events.some((event) => event.coding === null)) {
    exchangeGaps.push('reaction-coding');
  }
  return {
    isValid: missing.length === 0,
    criteria,
    missing,
    exchangeGaps,
    isSpecialSituationOnly: report.events.length === 0 && report.specialSituations.length > 0,
  };
}

/** Whether an ICH E2B(R3) message can be built: valid, and every reaction MedDRA-coded. */
export function canExchangeElectronically(completeness: Completeness): boolean {
  return completeness.isValid && completeness.exchangeGaps.length === 0;
}
