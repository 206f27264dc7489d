import { addCalendarDays } from '../domain/time';
import type { Patient, ReportedEvent, ReportedProduct } from '../schemas/safety-parts';
import type { AdverseEventReport } from '../schemas/safety-report';
import { ciomsDate } from './cioms-layout';

/** The texts of the CIOMS boxes that summarise several fields. */

const outcomeText: Record<NonNullable<ReportedEvent['outcome']>, string> = {
  recovered: 'recovered/resolved',
  recovering: 'recovering/resolving',
  'not-recovered': 'not recovered/not resolved/ongoing',
  'recovered-with-sequelae': 'recovered/resolved with sequelae',
  fatal: 'fatal',
  unknown: 'unknown',
};

/** Box 2a: the age with its unit, or the age group when only that is known. */
export function patientAge(patient: Patient): string {
  if (patient.age !== null) return `${patient.age.value} ${patient.age.unit}`;
  return patient.ageGroup ?? '';
}

function reactionLine(event: ReportedEvent, index: number): string {
  const coding =
    event.coding === null
      ? 'not coded'
      : `MedDRA ${event.coding.version} PT ${event.coding.ptName} (${event.coding.ptCode}), LLT ${event.coding.lltName} (${event.coding.lltCode})`;
  const dates = [
    event.onset === null ? null : `onset ${ciomsDate(event.onset)}`,
    event.end === null ? null : `end ${ciomsDate(event.end)}`,
  ];
  const outcome = event.outcome === null ? null : `outcome: ${outcomeText[event.outcome]}`;
  return `${index + 1}. "${event.verbatim}" — ${[coding, ...dates, outcome].filter(Boolean).join('; ')}`;
}

/** Boxes 7 + 13: every reaction verbatim with its coding, dates and outcome, then the narrative. */
export function describeReactions(report: AdverseEventReport): string {
  const lines = report.events.map(reactionLine);
  const situations =
    report.specialSituations.length === 0
      ? []
      : [`Special situations: ${report.specialSituations.join(', ')}`];
  const narrative = report.personal.narrative === '' ? [] : ['', report.personal.narrative];
  return [
    ...(lines.length === 0 ? ['No reaction reported.'] : lines),
    ...situations,
    ...narrative,
  ].join('\n');
}

/** Box 14: name, strength, lot and what was done with the drug. */
export function suspectLine(drug: ReportedProduct): string {
  const action =
    drug.actionTaken === null ? null : `action taken: ${drug.actionTaken.replaceAll('-', ' ')}`;
  return [
    drug.name,
    drug.strength,
    drug.lotNumber === null ? null : `lot ${drug.lotNumber}`,
    action,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Box 19: the duration when both dates are exact days. */
export function therapyDuration(drug: ReportedProduct): string {
  if (drug.startDate?.length !== 10 || drug.stopDate?.length !== 10) return '';
  let days = 1;
  for (let date = drug.startDate; date < drug.stopDate; date = addCalendarDays(date, 1)) days += 1;
  return `${days} days`;
}

/** Box 23: history, pregnancy, weight and height, special populations. */
export function relevantHistory(report: AdverseEventReport): string {
  const patient = report.personal.patient;
  const pregnancy = patient.pregnancy;
  const lines = [report.personal.relevantHistory];
  if (pregnancy.status === 'pregnant' || pregnancy.exposure !== null) {
    const details = [
      pregnancy.exposure === 'paternal' ? 'paternal exposure' : 'pregnant',
      pregnancy.lastMenstrualPeriod === null
        ? null
        : `last menstrual period ${ciomsDate(pregnancy.lastMenstrualPeriod)}`,
      pregnancy.expectedDeliveryDate === null
        ? null
        : `expected delivery ${ciomsDate(pregnancy.expectedDeliveryDate)}`,
      pregnancy.gestationWeeksAtExposure === null
        ? null
        : `exposure in gestational week ${pregnancy.gestationWeeksAtExposure}`,
    ];
    lines.push(`Pregnancy: ${details.filter(Boolean).join(', ')}`);
  }
  const body = [
    patient.weightKg === null ? null : `weight ${patient.weightKg} kg`,
    patient.heightCm === null ? null : `height ${patient.heightCm} cm`,
  ];
  if (body.some(Boolean)) lines.push(body.filter(Boolean).join(', '));
  const populations = [
    report.populations.paediatric ? 'paediatric use' : null,
    report.populations.elderly ? 'use in the elderly' : null,
  ];
  if (populations.some(Boolean)) lines.push(populations.filter(Boolean).join(', '));
  return lines.filter((line) => line !== '').join('\n');
}
