import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Timestamp } from '../schemas/common';
import type { ReportedProduct } from '../schemas/safety-parts';
import type { AdverseEventReport } from '../schemas/safety-report';
import {
  box,
  checkbox,
  checkboxRow,
  ciomsDate,
  ciomsMoment,
  ciomsStyles,
  numbered,
  sectionHeading,
  spanned,
} from './cioms-layout';
import { additionalInformation } from './cioms-additional';
import {
  describeReactions,
  patientAge,
  relevantHistory,
  suspectLine,
  therapyDuration,
} from './cioms-text';

/**
 * The CIOMS I form ("Suspect adverse reaction report", Council for International Organizations
 * of Medical Sciences, 1990) as a pdfmake document definition: boxes 1–25 in the form's order,
 * then the information the form has no box for (reporter, Day 0, MedDRA codes) and, for an
 * incomplete case, what is missing. The form is English by convention: PV departments receive
 * it from every country in that language. Fonts are the adapter's business.
 */

export type CiomsOptions = {
  /** Box 24a: the company, as the letterhead names it. */
  manufacturer: { name: string; addressLines: readonly string[] };
  /** Box 24b: the manufacturer's control number (the case identifier). */
  controlNumber: string;
  /** "Date of this report". */
  generatedAt: Timestamp;
  /** Reporter contact details only for those who may see them (PRODUCT.md, roles). */
  includeReporterContact: boolean;
};

const columns = 6;

function suspects(report: AdverseEventReport): ReportedProduct[] {
  return report.products.filter((product) => product.role !== 'concomitant');
}

function reactionRows(report: AdverseEventReport): TableCell[][] {
  const patient = report.personal.patient;
  const serious = (criterion: keyof AdverseEventReport['events'][number]['seriousness']): boolean =>
    report.events.some((event) => event.seriousness[criterion]);
  const onsets = report.events
    .map((event) => event.onset)
    .filter((onset): onset is string => onset !== null)
    .sort();
  const checks: Content = {
    stack: [
      checkbox('PATIENT DIED', serious('death')),
      checkbox('INVOLVED OR PROLONGED INPATIENT HOSPITALISATION', serious('hospitalisation')),
      checkbox(
        'INVOLVED PERSISTENT OR SIGNIFICANT DISABILITY OR INCAPACITY',
        serious('disability'),
      ),
      checkbox('LIFE THREATENING', serious('lifeThreatening')),
      checkbox('CONGENITAL ANOMALY', serious('congenitalAnomaly')),
      checkbox('OTHER MEDICALLY IMPORTANT CONDITION', serious('otherMedicallyImportant')),
    ],
  };
  return [
    sectionHeading('I. REACTION INFORMATION', columns),
    [
      box('1. PATIENT INITIALS (first, last)', patient.initials ?? ''),
      box('1a. COUNTRY', report.reporter.country ?? report.affiliateCountry),
      box('2. DATE OF BIRTH (day month year)', ciomsDate(patient.dateOfBirth)),
      box('2a. AGE', patientAge(patient)),
      box('3. SEX', patient.sex === null ? '' : patient.sex.toUpperCase()),
      box('4–6. REACTION ONSET (day month year)', ciomsDate(onsets[0] ?? null)),
    ],
    [
      box(
        '7 + 13. DESCRIBE REACTION(S) (including relevant tests / lab data)',
        describeReactions(report),
        { colSpan: 4 },
      ),
      ...spanned(3),
      box('8–12. CHECK ALL APPROPRIATE TO ADVERSE REACTION', checks, { colSpan: 2 }),
      ...spanned(1),
    ],
  ];
}

function suspectRows(report: AdverseEventReport): TableCell[][] {
  const drugs = suspects(report);
  const field = (value: (drug: ReportedProduct) => string): string => numbered(drugs.map(value));
  const dose = (drug: ReportedProduct): string =>
    drug.dose.text ?? [drug.dose.amount, drug.dose.unit].filter((part) => part !== null).join(' ');
  const yesNo = (number: string, question: string): TableCell =>
    box(
      `${number}. ${question}`,
      checkboxRow([
        ['YES', false],
        ['NO', false],
        ['NA', false],
      ]),
      { colSpan: 3 },
    );
  return [
    sectionHeading('II. SUSPECT DRUG(S) INFORMATION', columns),
    [
      box('14. SUSPECT DRUG(S) (include generic name)', field(suspectLine), { colSpan: 6 }),
      ...spanned(5),
    ],
    [
      box('15. DAILY DOSE(S)', field(dose), { colSpan: 3 }),
      ...spanned(2),
      box(
        '16. ROUTE(S) OF ADMINISTRATION',
        field((drug) => drug.route ?? ''),
        { colSpan: 3 },
      ),
      ...spanned(2),
    ],
    [
      box(
        '17. INDICATION(S) FOR USE',
        field((drug) => drug.indication ?? ''),
        { colSpan: 6 },
      ),
      ...spanned(5),
    ],
    [
      box(
        '18. THERAPY DATES (from / to)',
        field(
          (drug) =>
            `${ciomsDate(drug.startDate) || '?'} – ${ciomsDate(drug.stopDate) || 'ongoing'}`,
        ),
        { colSpan: 3 },
      ),
      ...spanned(2),
      box('19. THERAPY DURATION', field(therapyDuration), { colSpan: 3 }),
      ...spanned(2),
    ],
    [
      yesNo('20', 'DID REACTION ABATE AFTER STOPPING DRUG?'),
      ...spanned(2),
      yesNo('21', 'DID REACTION REAPPEAR AFTER REINTRODUCTION?'),
      ...spanned(2),
    ],
  ];
}

function historyRows(report: AdverseEventReport): TableCell[][] {
  const concomitants = report.products
    .filter((product) => product.role === 'concomitant')
    .map(
      (drug) =>
        `${drug.name}${drug.strength === null ? '' : ` ${drug.strength}`} (${ciomsDate(drug.startDate) || '?'} – ${ciomsDate(drug.stopDate) || 'ongoing'})`,
    );
  return [
    sectionHeading('III. CONCOMITANT DRUG(S) AND HISTORY', columns),
    [
      box(
        '22. CONCOMITANT DRUG(S) AND DATES OF ADMINISTRATION (exclude those used to treat reaction)',
        concomitants.join('\n'),
        { colSpan: 6 },
      ),
      ...spanned(5),
    ],
    [
      box(
        '23. OTHER RELEVANT HISTORY (e.g. diagnostics, allergies, pregnancy with last month of period, etc.)',
        relevantHistory(report),
        { colSpan: 6 },
      ),
      ...spanned(5),
    ],
  ];
}

function manufacturerRows(report: AdverseEventReport, options: CiomsOptions): TableCell[][] {
  const qualification = report.reporter.qualification;
  const isHealthProfessional =
    qualification !== null && qualification !== 'consumer' && qualification !== 'lawyer';
  return [
    sectionHeading('IV. MANUFACTURER INFORMATION', columns),
    [
      box(
        '24a. NAME AND ADDRESS OF MANUFACTURER',
        [options.manufacturer.name, ...options.manufacturer.addressLines].join('\n'),
        { colSpan: 3 },
      ),
      ...spanned(2),
      box('24b. MFR CONTROL NO.', options.controlNumber, { colSpan: 3 }),
      ...spanned(2),
    ],
    [
      box('24c. DATE RECEIVED BY MANUFACTURER', ciomsDate(report.awarenessAt.slice(0, 10)), {
        colSpan: 2,
      }),
      ...spanned(1),
      box(
        '24d. REPORT SOURCE',
        checkboxRow([
          ['STUDY', false],
          ['LITERATURE', false],
          ['HEALTH PROFESSIONAL', isHealthProfessional],
          ['OTHER', !isHealthProfessional],
        ]),
        { colSpan: 4 },
      ),
      ...spanned(3),
    ],
    [
      box('DATE OF THIS REPORT', ciomsMoment(options.generatedAt), { colSpan: 2 }),
      ...spanned(1),
      box(
        '25a. REPORT TYPE',
        checkboxRow([
          ['INITIAL', report.followUpNumber === 0],
          [
            `FOLLOWUP${report.followUpNumber > 0 ? ` #${report.followUpNumber}` : ''}`,
            report.followUpNumber > 0,
          ],
        ]),
        { colSpan: 4 },
      ),
      ...spanned(3),
    ],
  ];
}

/** The CIOMS I document of an adverse-event report. */
export function buildCiomsForm(
  report: AdverseEventReport,
  options: CiomsOptions,
): TDocumentDefinitions {
  const table: Content = {
    table: {
      widths: Array.from({ length: columns }, () => '*'),
      body: [
        ...reactionRows(report),
        ...suspectRows(report),
        ...historyRows(report),
        ...manufacturerRows(report, options),
      ],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
  return {
    pageSize: 'A4',
    pageMargins: [28, 28, 28, 36],
    info: { title: `CIOMS I ${options.controlNumber}`, subject: 'Suspect adverse reaction report' },
    content: [
      {
        columns: [
          { text: 'CIOMS FORM', style: 'title', width: 'auto' },
          {
            text: 'SUSPECT ADVERSE REACTION REPORT',
            style: 'title',
            alignment: 'right',
            width: '*',
          },
        ],
      },
      {
        text: `${report.reference} · Day 0 ${ciomsMoment(report.awarenessAt)}`,
        style: 'subtitle',
        margin: [0, 2, 0, 6],
      },
      table,
      ...additionalInformation(report, options.includeReporterContact),
    ],
    footer: (currentPage: number, pageCount: number): Content => ({
      text: `${options.controlNumber} · page ${currentPage} of ${pageCount}`,
      alignment: 'center',
      fontSize: 7,
      margin: [0, 10, 0, 0],
    }),
    styles: ciomsStyles,
    defaultStyle: { fontSize: 8.5 },
  };
}
