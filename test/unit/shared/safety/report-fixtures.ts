import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBusinessCalendar } from '../../../../src/shared/domain/business-calendar';
import {
  blankAdverseEventReport,
  blankProductComplaint,
} from '../../../../src/shared/safety/day-zero';
import { parseMeddraRelease } from '../../../../src/shared/safety/meddra';
import type { MeddraRelease } from '../../../../src/shared/safety/meddra';
import type {
  NewAdverseEventReport,
  NewSafetyReport,
  ReportedEvent,
  ReportedProduct,
  SafetyReport,
} from '../../../../src/shared/schemas';
import { notSerious } from '../../../../src/shared/schemas';
import { testIds } from '../fixtures';

/** Fixed ids so failures are reproducible. */
export const safetyIds = {
  report: '01940000-0000-7000-8000-000000000a01',
  complaint: '01940000-0000-7000-8000-000000000a02',
  inquiry: '01940000-0000-7000-8000-000000000b01',
  suspect: '01940000-0000-7000-8000-000000000c01',
  concomitant: '01940000-0000-7000-8000-000000000c02',
  event: '01940000-0000-7000-8000-000000000d01',
  secondEvent: '01940000-0000-7000-8000-000000000d02',
} as const;

export const germanCalendar = createBusinessCalendar('DE');

export function loadFixtureMeddra(): MeddraRelease {
  const read = (name: string): string =>
    readFileSync(resolve('test/fixtures/meddra', name), 'utf8');
  return parseMeddraRelease({
    llt: read('llt.asc'),
    pt: read('pt.asc'),
    release: read('meddra_release.asc'),
  });
}

/** Tuesday 3 March 2026, 09:30 Berlin: the phone call that reported the case. */
export const receivedAt = '2026-03-03T09:30:00.000+01:00';
export const savedAt = '2026-03-03T09:52:00.000+01:00';

export function suspectProduct(overrides: Partial<ReportedProduct> = {}): ReportedProduct {
  return {
    id: safetyIds.suspect,
    role: 'suspect',
    productId: testIds.product,
    name: 'Cardivex',
    strength: '20 mg film-coated tablet',
    lotNumber: 'CX24117',
    dose: { amount: 20, unit: 'mg', text: '20 mg once daily' },
    route: 'Oral',
    indication: 'Atrial fibrillation',
    startDate: '2026-02-10',
    stopDate: '2026-03-01',
    actionTaken: 'withdrawn',
    ...overrides,
  };
}

export function codedEvent(overrides: Partial<ReportedEvent> = {}): ReportedEvent {
  return {
    id: safetyIds.event,
    verbatim: 'swollen, painful left calf',
    language: 'en',
    onset: '2026-02-27',
    end: null,
    outcome: 'recovering',
    seriousness: { ...notSerious, hospitalisation: true },
    coding: {
      lltCode: '10027940',
      lltName: 'Deep vein thrombosis (fixture name)',
      ptCode: '10027940',
      ptName: 'Deep vein thrombosis (fixture name)',
      version: '25.0',
    },
    ...overrides,
  };
}

/** A complete, serious, coded case from a physician: everything E2B and CIOMS need. */
export function seriousAdverseEvent(
  overrides: Partial<NewAdverseEventReport> = {},
): NewAdverseEventReport {
  const blank = blankAdverseEventReport({
    inquiryId: safetyIds.inquiry,
    receivedAt,
    affiliateCountry: 'DE',
    now: savedAt,
  });
  return {
    ...blank,
    reporter: { qualification: 'physician', country: 'DE' },
    products: [
      suspectProduct(),
      suspectProduct({
        id: safetyIds.concomitant,
        role: 'concomitant',
        productId: null,
        name: 'Metformin',
        strength: '500 mg',
        lotNumber: null,
        dose: { amount: 500, unit: 'mg', text: null },
        indication: 'Type 2 diabetes',
        startDate: '2019',
        stopDate: null,
        actionTaken: 'dose-not-changed',
      }),
    ],
    events: [codedEvent()],
    productIds: [testIds.product],
    personal: {
      ...blank.personal,
      reporter: {
        title: 'Dr.',
        givenName: 'Erika',
        familyName: 'Musterfrau',
        initials: null,
        organisation: 'Klinikum Beispielstadt',
      },
      reporterContact: {
        street: 'Hauptstraße 1',
        city: 'Beispielstadt',
        state: null,
        postcode: '12345',
        phone: '+49 30 1234567',
        email: 'erika@example.org',
      },
      patient: {
        ...blank.personal.patient,
        initials: 'KM',
        dateOfBirth: '1958-06',
        age: { value: 67, unit: 'years' },
        ageGroup: 'elderly',
        sex: 'male',
        weightKg: 82.5,
        heightCm: 178,
        pregnancy: { ...blank.personal.patient.pregnancy, status: 'not-applicable' },
      },
      narrative:
        'Three weeks after starting Cardivex the patient noticed a swollen, painful left calf. Admitted on 28 Feb; ultrasound confirmed DVT. Cardivex stopped.',
      relevantHistory: 'Hypertension since 2015.',
    },
    populations: { paediatric: false, elderly: true },
    ...overrides,
  };
}

/** A complete, non-serious, coded case from a pharmacist, with a second reaction. */
export function nonSeriousAdverseEvent(): NewAdverseEventReport {
  const base = seriousAdverseEvent();
  return {
    ...base,
    reporter: { qualification: 'pharmacist', country: 'DE' },
    events: [
      codedEvent({
        verbatim: 'headache',
        seriousness: notSerious,
        outcome: 'recovered',
        end: '2026-03-01',
        coding: {
          lltCode: '10020321',
          lltName: 'Headache (fixture name)',
          ptCode: '10020321',
          ptName: 'Headache (fixture name)',
          version: '25.0',
        },
      }),
      codedEvent({
        id: safetyIds.secondEvent,
        verbatim: 'felt sick',
        seriousness: notSerious,
        outcome: 'recovered',
        coding: {
          lltCode: '10050987',
          lltName: 'Feeling sick (fixture name)',
          ptCode: '10028813',
          ptName: 'Nausea (fixture name)',
          version: '25.0',
        },
      }),
    ],
    personal: {
      ...base.personal,
      patient: {
        ...base.personal.patient,
        age: null,
        dateOfBirth: null,
        ageGroup: 'adult',
        sex: 'female',
        weightKg: null,
        heightCm: null,
      },
    },
    populations: { paediatric: false, elderly: false },
  };
}

/** A pregnant patient exposed to the suspect product, with a coded reaction. */
export function pregnancyCase(): NewAdverseEventReport {
  const base = seriousAdverseEvent();
  return {
    ...base,
    specialSituations: ['pregnancy'],
    events: [
      codedEvent({
        verbatim: 'dizzy when standing up',
        seriousness: notSerious,
        outcome: 'recovered',
        coding: {
          lltCode: '10060051',
          lltName: 'Dizziness postural (fixture name)',
          ptCode: '10060051',
          ptName: 'Dizziness postural (fixture name)',
          version: '25.0',
        },
      }),
    ],
    personal: {
      ...base.personal,
      patient: {
        ...base.personal.patient,
        initials: 'AB',
        dateOfBirth: '1994-11-02',
        age: { value: 31, unit: 'years' },
        ageGroup: 'adult',
        sex: 'female',
        weightKg: 64,
        pregnancy: {
          status: 'pregnant',
          exposure: 'maternal',
          lastMenstrualPeriod: '2025-12-20',
          expectedDeliveryDate: '2026-09-26',
          gestationWeeksAtExposure: 7,
        },
      },
    },
    populations: { paediatric: false, elderly: false },
  };
}

/** Missing the patient and uncoded: CIOMS only. */
export function incompleteAdverseEvent(): NewAdverseEventReport {
  const base = seriousAdverseEvent();
  return {
    ...base,
    events: [codedEvent({ coding: null })],
    personal: {
      ...base.personal,
      patient: blankAdverseEventReport({
        inquiryId: null,
        receivedAt,
        affiliateCountry: 'DE',
        now: savedAt,
      }).personal.patient,
    },
  };
}

/** A pen that jammed, linked to the AE report of the same contact. */
export function linkedComplaint(): Extract<NewSafetyReport, { kind: 'product-complaint' }> {
  const blank = blankProductComplaint({
    inquiryId: safetyIds.inquiry,
    receivedAt,
    affiliateCountry: 'DE',
    now: savedAt,
  });
  return {
    ...blank,
    linkedReportIds: [safetyIds.report],
    productIds: [testIds.product],
    complaint: {
      ...blank.complaint,
      productId: testIds.product,
      productName: 'Glyconor Pen',
      strength: '100 U/ml',
      lotNumber: 'GP2291',
      expiryDate: '2027-05',
      nature: 'device-malfunction',
      sampleAvailability: 'available',
      complainantType: 'patient',
      complainantCountry: 'DE',
    },
    personal: {
      ...blank.personal,
      complainant: { name: 'Jan Beispiel', organisation: null },
      description: 'The pen jammed after the second dose & would not dial <back>.',
      replyText: '',
    },
  };
}

/** A report as the store holds it. */
export function asStored<T extends NewSafetyReport>(
  content: T,
  reference = 'SR-2026-K7Q-000001',
  id: string = safetyIds.report,
): T & SafetyReport {
  return {
    ...content,
    id,
    reference,
    createdAt: savedAt,
    updatedAt: savedAt,
    createdBy: testIds.user,
    updatedBy: testIds.user,
    serverRevision: null,
    deleted: false,
  } as T & SafetyReport; // The spread keeps the kind of `content`; TypeScript cannot narrow it.
}
