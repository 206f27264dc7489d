import type { IcsrContext } from '../../../../src/shared/safety/e2b';
import { blankAdverseEventReport } from '../../../../src/shared/safety/day-zero';
import type { AdverseEventReport } from '../../../../src/shared/schemas';
import { notSerious } from '../../../../src/shared/schemas';
import { asStored, codedEvent, suspectProduct } from './report-fixtures';

/** The context our tests send messages in: Halvorsen Pharma's German affiliate to its PV system. */
export function icsrContext(overrides: Partial<IcsrContext> = {}): IcsrContext {
  return {
    sender: {
      identifier: 'HALVORSEN-DE-MI',
      organisation: 'Halvorsen Pharma GmbH',
      department: 'Medical Information',
      country: 'DE',
    },
    receiverIdentifier: 'HALVORSEN-PV',
    messageId: '01940000-0000-7000-8000-0000000000f1',
    createdAt: '2026-03-03T10:15:00.000+01:00',
    caseIdentifier: 'DE-HALVORSEN-SR-2026-K7Q-000001',
    linkedCaseIdentifiers: [],
    includeReporterContact: false,
    ...overrides,
  };
}

/**
 * FDA Scenario 1 (FAERS2022Scenario1.xml) re-expressed as our data: the same patient, two
 * reactions with their codes, seriousness and outcomes, Drug A and B suspect and Drug C
 * concomitant, the same reporter and sender.
 */
export function scenarioOne(): { report: AdverseEventReport; context: IcsrContext } {
  const blank = blankAdverseEventReport({
    inquiryId: null,
    receivedAt: '2022-06-14T10:10:10.000-05:00',
    affiliateCountry: 'US',
    now: '2022-06-14T10:12:00.000-05:00',
  });
  const fda = (
    lltCode: string,
  ): { lltCode: string; lltName: string; ptCode: string; ptName: string; version: string } => ({
    lltCode,
    lltName: `Fixture ${lltCode}`,
    ptCode: lltCode,
    ptName: `Fixture ${lltCode}`,
    version: '25.0',
  });
  const report = asStored({
    ...blank,
    reporter: { qualification: 'physician' as const, country: 'US' },
    events: [
      codedEvent({
        id: '154eb889-958b-45f2-a02f-42d4d6f4657f',
        verbatim: 'THROMBOSE VEINEUSE PROFONDE',
        language: 'fr',
        onset: '2014-10-10',
        outcome: 'not-recovered',
        seriousness: { ...notSerious, disability: true, otherMedicallyImportant: true },
        coding: fda('10027940'),
      }),
      codedEvent({
        id: '154eb889-958b-45f2-a02f-42d4d6f4555f',
        verbatim: 'COLITE ISCHEMIQUE',
        language: 'fr',
        onset: '2014-10-10',
        outcome: 'recovered',
        seriousness: { ...notSerious, otherMedicallyImportant: true },
        coding: fda('10009896'),
      }),
    ],
    products: [
      suspectProduct({
        id: '68d6f5ce-3b3b-45c7-92dd-69e06730c3a9',
        name: 'Drug A',
        strength: null,
        lotNumber: 'UNKNOWN',
        dose: { amount: null, unit: null, text: null },
        route: 'Oral',
        indication: 'Embolism venous',
        startDate: null,
        stopDate: null,
        actionTaken: 'unknown',
      }),
      suspectProduct({
        id: '59d6f5ce-3b3b-45c7-92dd-69e06730c2b7',
        name: 'Drug B',
        strength: null,
        lotNumber: null,
        dose: { amount: null, unit: null, text: null },
        route: null,
        indication: null,
        startDate: null,
        stopDate: null,
        actionTaken: null,
      }),
      suspectProduct({
        id: '40d6f5ce-3b3b-45c7-92dd-69e06730c2b6',
        role: 'concomitant',
        name: 'Drug C',
        strength: null,
        lotNumber: null,
        dose: { amount: null, unit: null, text: null },
        route: null,
        indication: null,
        startDate: null,
        stopDate: null,
        actionTaken: null,
      }),
    ],
    personal: {
      ...blank.personal,
      reporter: {
        title: 'Doctor',
        givenName: 'Roger',
        familyName: 'Robertson',
        initials: null,
        organisation: null,
      },
      reporterContact: {
        street: '13 Elm St.',
        city: 'Metropolis',
        state: 'UT',
        postcode: '65498',
        phone: '6102227777',
        email: 'alladdresses@site.com',
      },
      patient: {
        ...blank.personal.patient,
        initials: 'JD',
        sex: 'male' as const,
        dateOfBirth: '2001-06-15',
        age: { value: 48, unit: 'years' as const },
        ageGroup: 'adult' as const,
      },
      narrative:
        'Case Narrative Including Clinical Course, Therapeutic Measures, Outcome and Additional Relevant Information',
      relevantHistory: 'None',
    },
  });
  const context = icsrContext({
    sender: {
      identifier: '4567AB89012',
      organisation: 'Big Pharma Drug',
      department: 'Management',
      country: 'US',
    },
    receiverIdentifier: 'CDER',
    messageId: '21ec1492-3aea-4069-a2ab-08002b30309d',
    createdAt: '2014-07-14T15:16:17.000-05:00',
    caseIdentifier: 'US-APHARMA-8744554B',
    includeReporterContact: true,
  });
  return { report, context };
}
