import { earliestDayOf, latestDayOf, partialDateToCompact } from '../../domain/partial-date';
import type { ReportedProduct } from '../../schemas/safety-parts';
import type { AdverseEventReport } from '../../schemas/safety-report';
import { ichCode, observationOf } from './codes';
import { isUcumUnit } from './format';
import {
  actionTakenCodes,
  additionalDrugInformation,
  drugRoleCodes,
  observation,
  oids,
  paternalExposure,
} from './vocabulary';
import { element } from './xml-tree';
import type { MaybeNode, XmlElement } from './xml-tree';

/** E2B section G: drugs, their dosage, indication, action taken, and their role in the case. */

function doseText(product: ReportedProduct): string | null {
  const { amount, unit, text } = product.dose;
  if (text !== null) return text;
  // A dose whose unit is not UCUM ("2 tablets") travels as text rather than as a bad quantity.
  if (amount !== null && unit !== null && !isUcumUnit(unit)) return `${amount} ${unit}`;
  return null;
}

/** G.k.4.r.4–6: start, last administration and, when both are days, the duration. */
function administrationPeriod(product: ReportedProduct): XmlElement {
  const { startDate, stopDate } = product;
  if (startDate === null && stopDate === null)
    return element('effectiveTime', { nullFlavor: 'ASKU' });
  const isExactPeriod = startDate?.length === 10 && stopDate?.length === 10;
  const days = isExactPeriod
    ? (Date.parse(latestDayOf(stopDate)) - Date.parse(earliestDayOf(startDate))) / 86_400_000 + 1
    : null;
  return element('effectiveTime', { 'xsi:type': 'SXPR_TS' }, [
    element('comp', { 'xsi:type': 'IVL_TS', operator: 'A' }, [
      startDate !== null && element('low', { value: partialDateToCompact(startDate) }),
      stopDate !== null && element('high', { value: partialDateToCompact(stopDate) }),
    ]),
    days !== null &&
      element('comp', { 'xsi:type': 'IVL_TS', operator: 'A' }, [
        element('width', { value: String(days), unit: 'd' }),
      ]),
  ]);
}

function dosage(product: ReportedProduct): XmlElement | null {
  const { amount, unit } = product.dose;
  const text = doseText(product);
  const hasQuantity = amount !== null && unit !== null && isUcumUnit(unit);
  const hasAny =
    text !== null ||
    hasQuantity ||
    product.route !== null ||
    product.lotNumber !== null ||
    product.startDate !== null ||
    product.stopDate !== null;
  if (!hasAny) return null;
  return element('outboundRelationship2', { typeCode: 'COMP' }, [
    element('substanceAdministration', { classCode: 'SBADM', moodCode: 'EVN' }, [
      text !== null && element('text', {}, [text]),
      administrationPeriod(product),
      product.route !== null &&
        element('routeCode', {}, [element('originalText', {}, [product.route])]),
      hasQuantity && element('doseQuantity', { value: String(amount), unit }),
      product.lotNumber !== null &&
        element('consumable', { typeCode: 'CSM' }, [
          element('instanceOfKind', { classCode: 'INST' }, [
            element('productInstanceInstance', { classCode: 'MMAT', determinerCode: 'INSTANCE' }, [
              element('lotNumberText', {}, [product.lotNumber]),
            ]),
          ]),
        ]),
    ]),
  ]);
}

/** G.k.6 gestation at exposure and G.k.10.r special situations, on suspect drugs only. */
function drugFacts(product: ReportedProduct, report: AdverseEventReport): MaybeNode[] {
  if (product.role === 'concomitant') return [];
  const pregnancy = report.personal.patient.pregnancy;
  const codes = report.specialSituations.flatMap(
    (situation) => additionalDrugInformation[situation] ?? [],
  );
  const situations = pregnancy.exposure === 'paternal' ? [...codes, paternalExposure] : codes;
  return [
    pregnancy.gestationWeeksAtExposure !== null &&
      element('outboundRelationship2', { typeCode: 'PERT' }, [
        observationOf(
          observation.gestationPeriod,
          element('value', {
            'xsi:type': 'PQ',
            value: String(pregnancy.gestationWeeksAtExposure),
            unit: 'wk',
          }),
        ),
      ]),
    ...situations.map(([code, displayName]) =>
      element('outboundRelationship2', { typeCode: 'REFR' }, [
        observationOf(
          observation.codedDrugInformation,
          element('value', {
            'xsi:type': 'CE',
            code,
            displayName,
            codeSystem: oids.additionalDrugInformation,
          }),
        ),
      ]),
    ),
  ];
}

function indication(text: string): XmlElement {
  return element('inboundRelationship', { typeCode: 'RSON' }, [
    element('observation', { classCode: 'OBS', moodCode: 'EVN' }, [
      ichCode(observation.indication),
      element('value', { 'xsi:type': 'CE', codeSystem: oids.meddra }, [
        element('originalText', {}, [text]),
      ]),
      element('performer', { typeCode: 'PRF' }, [
        element('assignedEntity', { classCode: 'ASSIGNED' }, [
          element('code', {
            code: '3',
            codeSystem: oids.assessmentSource,
            displayName: 'sourceReporter',
          }),
        ]),
      ]),
    ]),
  ]);
}

/** One drug (G.k): name as reported with strength, holder for our products, dosage, facts. */
export function drugComponent(
  product: ReportedProduct,
  report: AdverseEventReport,
  holder: string,
): XmlElement {
  const name = product.strength === null ? product.name : `${product.name} ${product.strength}`;
  return element('component', { typeCode: 'COMP' }, [
    element('substanceAdministration', { classCode: 'SBADM', moodCode: 'EVN' }, [
      element('id', { root: product.id }),
      element('consumable', { typeCode: 'CSM' }, [
        element('instanceOfKind', { classCode: 'INST' }, [
          element('kindOfProduct', { classCode: 'MMAT', determinerCode: 'KIND' }, [
            element('name', {}, [name.slice(0, 250)]),
            product.productId !== null &&
              element('asManufacturedProduct', { classCode: 'MANU' }, [
                element('subjectOf', { typeCode: 'SBJ' }, [
                  element('approval', { classCode: 'CNTRCT', moodCode: 'EVN' }, [
                    element('holder', { typeCode: 'HLD' }, [
                      element('role', { classCode: 'HLD' }, [
                        element(
                          'playingOrganization',
                          { classCode: 'ORG', determinerCode: 'INSTANCE' },
                          [element('name', {}, [holder])],
                        ),
                      ]),
                    ]),
                  ]),
                ]),
              ]),
          ]),
        ]),
      ]),
      dosage(product),
      ...drugFacts(product, report),
      product.indication !== null && indication(product.indication),
      product.actionTaken !== null &&
        element('inboundRelationship', { typeCode: 'CAUS' }, [
          element('act', { classCode: 'ACT', moodCode: 'EVN' }, [
            element('code', {
              code: actionTakenCodes[product.actionTaken],
              codeSystem: oids.actionTaken,
            }),
          ]),
        ]),
    ]),
  ]);
}

/** G.k.1: the role of each drug, referring to it by id. */
export function drugRole(product: ReportedProduct): XmlElement {
  const [code, displayName] = drugRoleCodes[product.role];
  return element('component', { typeCode: 'COMP' }, [
    element('causalityAssessment', { classCode: 'OBS', moodCode: 'EVN' }, [
      ichCode(observation.drugRole),
      element('value', { 'xsi:type': 'CE', code, displayName, codeSystem: oids.drugRole }),
      element('subject2', { typeCode: 'SUBJ' }, [
        element('productUseReference', { classCode: 'SBADM', moodCode: 'EVN' }, [
          element('id', { root: product.id }),
        ]),
      ]),
    ]),
  ]);
}
