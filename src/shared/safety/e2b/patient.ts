import { partialDateToCompact } from '../../domain/partial-date';
import type { AdverseEventReport } from '../../schemas/safety-report';
import { observationOf } from './codes';
import { ageGroupCodes, ageUnitCodes, observation, oids } from './vocabulary';
import { element } from './xml-tree';
import type { MaybeNode, XmlElement } from './xml-tree';

/** E2B section D: the patient (player1 and the patient observations under primaryRole). */

const sexCodes = { male: ['1', 'Male'], female: ['2', 'Female'] } as const;

function subjectOf2(child: XmlElement): XmlElement {
  return element('subjectOf2', { typeCode: 'SBJ' }, [child]);
}

/** D.1, D.5, D.2.1: initials, sex, date of birth. */
export function patientPerson(report: AdverseEventReport): XmlElement {
  const patient = report.personal.patient;
  const sex = patient.sex === null ? null : sexCodes[patient.sex];
  return element('player1', { classCode: 'PSN', determinerCode: 'INSTANCE' }, [
    patient.initials !== null && element('name', {}, [patient.initials]),
    sex !== null &&
      element('administrativeGenderCode', {
        code: sex[0],
        displayName: sex[1],
        codeSystem: oids.sex,
      }),
    patient.dateOfBirth !== null &&
      element('birthTime', { value: partialDateToCompact(patient.dateOfBirth) }),
  ]);
}

/** D.2.2, D.2.3, D.3, D.4, D.6, D.7.2: age, age group, weight, height, last period, history. */
export function patientObservations(report: AdverseEventReport): MaybeNode[] {
  const patient = report.personal.patient;
  const history = report.personal.relevantHistory;
  const pregnancy = patient.pregnancy;
  return [
    patient.age !== null &&
      subjectOf2(
        observationOf(
          observation.age,
          element('value', {
            value: String(patient.age.value),
            unit: ageUnitCodes[patient.age.unit],
            'xsi:type': 'PQ',
          }),
        ),
      ),
    patient.ageGroup !== null &&
      subjectOf2(
        observationOf(
          observation.ageGroup,
          element('value', {
            'xsi:type': 'CE',
            code: ageGroupCodes[patient.ageGroup],
            codeSystem: oids.ageGroup,
          }),
        ),
      ),
    patient.weightKg !== null &&
      subjectOf2(
        observationOf(
          observation.bodyWeight,
          element('value', { 'xsi:type': 'PQ', value: String(patient.weightKg), unit: 'kg' }),
        ),
      ),
    patient.heightCm !== null &&
      subjectOf2(
        observationOf(
          observation.height,
          element('value', { 'xsi:type': 'PQ', value: String(patient.heightCm), unit: 'cm' }),
        ),
      ),
    pregnancy.exposure !== 'paternal' &&
      pregnancy.lastMenstrualPeriod !== null &&
      subjectOf2(
        observationOf(
          observation.lastMenstrualPeriod,
          element('value', {
            'xsi:type': 'TS',
            value: partialDateToCompact(pregnancy.lastMenstrualPeriod),
          }),
        ),
      ),
    history !== '' &&
      subjectOf2(
        element('organizer', { classCode: 'CATEGORY', moodCode: 'EVN' }, [
          element('code', {
            code: '1',
            codeSystem: oids.organizerCode,
            displayName: 'relevantMedicalHistoryAndConcurrentConditions',
          }),
          element('component', { typeCode: 'COMP' }, [
            observationOf(
              observation.historyText,
              element('value', { 'xsi:type': 'ED' }, [history]),
            ),
          ]),
        ]),
      ),
  ];
}
