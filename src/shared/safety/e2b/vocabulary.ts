import type { SpecialSituation } from '../signal';
import type {
  ActionTaken,
  AgeGroup,
  AgeUnit,
  EventOutcome,
  ProductRole,
  ReporterQualification,
  Seriousness,
} from '../../schemas/safety-parts';

/**
 * Identifiers and code lists of ICH E2B(R3), as the FDA's example messages use them (FDA E2B(R3)
 * technical specifications, examples of 2024-07-29). Every OID here occurs in those examples.
 */
const ich = '2.16.840.1.113883.3.989.2.1';

export const oids = {
  batchNumber: `${ich}.3.22`,
  messageNumber: `${ich}.3.1`,
  caseIdentifier: `${ich}.3.1`,
  worldwideCaseIdentifier: `${ich}.3.2`,
  messageReceiver: `${ich}.3.12`,
  messageSender: `${ich}.3.11`,
  batchReceiver: `${ich}.3.14`,
  batchSender: `${ich}.3.13`,
  hl7InteractionId: '2.16.840.1.113883.1.6',
  hl7TriggerEvent: '2.16.840.1.113883.1.18',
  hl7ActCode: '2.16.840.1.113883.5.4',
  messageType: `${ich}.1.1`,
  reportType: `${ich}.1.2`,
  firstSenderType: `${ich}.1.3`,
  reporterQualification: `${ich}.1.6`,
  senderType: `${ich}.1.7`,
  ageGroup: `${ich}.1.9`,
  outcome: `${ich}.1.11`,
  drugRole: `${ich}.1.13`,
  actionTaken: `${ich}.1.15`,
  additionalDrugInformation: `${ich}.1.17`,
  observationCode: `${ich}.1.19`,
  organizerCode: `${ich}.1.20`,
  assessmentSource: `${ich}.1.21`,
  reportRelation: `${ich}.1.22`,
  investigationCharacteristic: `${ich}.1.23`,
  sex: '1.0.5218',
  country: '1.0.3166.1.2.2',
  meddra: '2.16.840.1.113883.6.163',
} as const;

/** Codes of the observations in OID …1.1.19 (displayName as in the examples). */
export const observation = {
  additionalDocumentsAvailable: ['1', 'additionalDocumentsAvailable'],
  age: ['3', 'age'],
  ageGroup: ['4', 'ageGroup'],
  bodyWeight: ['7', 'bodyWeight'],
  codedDrugInformation: ['9', 'codedDrugInformation'],
  congenitalAnomaly: ['12', 'congenitalAnomalyBirthDefect'],
  gestationPeriod: ['16', 'gestationPeriod'],
  height: ['17', 'height'],
  historyText: ['18', 'historyAndConcurrentConditionText'],
  indication: ['19', 'indication'],
  drugRole: ['20', 'interventionCharacterization'],
  lifeThreatening: ['21', 'isLifeThreatening'],
  lastMenstrualPeriod: ['22', 'lastMenstrualPeriodDate'],
  expedited: ['23', 'localCriteriaForExpedited'],
  otherMedicallyImportant: ['26', 'otherMedicallyImportantCondition'],
  outcome: ['27', 'outcome'],
  reaction: ['29', 'reaction'],
  hospitalisation: ['33', 'requiresInpatientHospitalization'],
  death: ['34', 'resultsInDeath'],
  disability: ['35', 'resultsInPersistentOrSignificantDisability'],
} as const satisfies Record<string, readonly [string, string]>;

/** E.i.3.2a–f in the order of the examples. */
export const seriousnessOrder: readonly (keyof Seriousness)[] = [
  'death',
  'lifeThreatening',
  'hospitalisation',
  'disability',
  'congenitalAnomaly',
  'otherMedicallyImportant',
];

export const qualificationCodes: Record<ReporterQualification, string> = {
  physician: '1',
  pharmacist: '2',
  'other-health-professional': '3',
  lawyer: '4',
  consumer: '5',
};

export const ageGroupCodes: Record<AgeGroup, string> = {
  foetus: '0',
  neonate: '1',
  infant: '2',
  child: '3',
  adolescent: '4',
  adult: '5',
  elderly: '6',
};

/** UCUM units of D.2.2b. */
export const ageUnitCodes: Record<AgeUnit, string> = {
  years: 'a',
  months: 'mo',
  weeks: 'wk',
  days: 'd',
  hours: 'h',
};

export const outcomeCodes: Record<EventOutcome, [string, string]> = {
  unknown: ['0', 'unknown'],
  recovered: ['1', 'recovered/resolved'],
  recovering: ['2', 'recovering/resolving'],
  'not-recovered': ['3', 'not recovered/not resolved/ongoing'],
  'recovered-with-sequelae': ['4', 'recovered/resolved with sequelae'],
  fatal: ['5', 'fatal'],
};

export const drugRoleCodes: Record<ProductRole, [string, string]> = {
  suspect: ['1', 'Suspect'],
  concomitant: ['2', 'Concomitant'],
  interacting: ['3', 'Interacting'],
};

export const actionTakenCodes: Record<ActionTaken, string> = {
  withdrawn: '1',
  'dose-reduced': '2',
  'dose-increased': '3',
  'dose-not-changed': '4',
  unknown: '0',
  'not-applicable': '9',
};

/** G.k.10.r additional information on drug; the other special situations go elsewhere. */
export const additionalDrugInformation: Partial<Record<SpecialSituation, [string, string]>> = {
  counterfeit: ['1', 'Counterfeit'],
  overdose: ['2', 'Overdose'],
  'medication-error': ['7', 'Medication error'],
  misuse: ['8', 'Misuse'],
  abuse: ['9', 'Abuse'],
  'occupational-exposure': ['10', 'Occupational exposure'],
  'off-label-use': ['11', 'Off label use'],
};
export const paternalExposure: [string, string] = ['3', 'Drug taken by the father'];

/** ISO 639-2 codes for E.i.1.1b (the examples write `por`). */
export const languageCodes: Readonly<Record<string, string>> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
};
