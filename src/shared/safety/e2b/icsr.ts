import type { Timestamp } from '../../schemas/common';
import type { AdverseEventReport, SafetyReport } from '../../schemas/safety-report';
import { isSeriousCase } from '../forwarding';
import { checkMinimumCriteria } from '../minimum-criteria';
import type { ExchangeGap, MinimumCriterion } from '../minimum-criteria';
import { booleanValue, device, ichCode } from './codes';
import { drugComponent, drugRole } from './drugs';
import { e2bTimestamp } from './format';
import type { IcsrSender } from './parties';
import { firstSender, linkedReport, primarySource, sender } from './parties';
import { patientObservations, patientPerson } from './patient';
import { reactionObservation } from './reactions';
import { observation, oids } from './vocabulary';
import { element } from './xml-tree';
import type { XmlElement } from './xml-tree';

/**
 * ICH E2B(R3) ICSR messages (HL7 v3 PORR_IN049016UV in a MCCI_IN200100UV01 batch) for reports
 * that meet the four minimum criteria and have MedDRA-coded reactions. Anything less goes to PV
 * as a CIOMS form with its list of what is missing (PRODUCT.md): the outcome says which.
 */

export type IcsrContext = {
  sender: IcsrSender;
  /** N.2.r.3: the PV system that receives the message. */
  receiverIdentifier: string;
  /** N.2.r.1: unique per message. */
  messageId: string;
  /** N.2.r.4 and C.1.2: when the message was made. */
  createdAt: Timestamp;
  /** C.1.1 and C.1.8.1: the case's identifier, the same for its follow-ups. */
  caseIdentifier: string;
  /** C.1.4: first receipt of the case (the initial report's Day 0); this report's by default. */
  firstReceivedAt?: Timestamp;
  /** C.1.10.r: identifiers of linked reports. */
  linkedCaseIdentifiers: readonly string[];
  /** Reporter address, telephone and e-mail go only to those who may see them. */
  includeReporterContact: boolean;
};

export type IcsrOutcome =
  | { kind: 'e2b'; caseIdentifier: string; message: XmlElement }
  | { kind: 'cioms-only'; missing: (MinimumCriterion | ExchangeGap)[] }
  | { kind: 'not-an-icsr' };

/** C.1.1 in the usual `country-company-number` form, e.g. `DE-HALVORSEN-SR-2026-K7Q-000001`. */
export function caseIdentifierOf(country: string, companyCode: string, reference: string): string {
  const company =
    companyCode
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '')
      .slice(0, 20) || 'COMPANY';
  return `${country}-${company}-${reference}`;
}

function adverseEventAssessment(report: AdverseEventReport, context: IcsrContext): XmlElement {
  const country = report.reporter.country ?? report.affiliateCountry;
  return element('component', { typeCode: 'COMP' }, [
    element('adverseEventAssessment', { classCode: 'INVSTG', moodCode: 'EVN' }, [
      element('subject1', { typeCode: 'SBJ' }, [
        element('primaryRole', { classCode: 'INVSBJ' }, [
          patientPerson(report),
          ...patientObservations(report),
          ...report.events.map((event) => reactionObservation(event, country)),
          element('subjectOf2', { typeCode: 'SBJ' }, [
            element('organizer', { classCode: 'CATEGORY', moodCode: 'EVN' }, [
              element('code', {
                code: '4',
                codeSystem: oids.organizerCode,
                displayName: 'drugInformation',
              }),
              ...report.products.map((product) =>
                drugComponent(product, report, context.sender.organisation),
              ),
            ]),
          ]),
        ]),
      ]),
      ...report.products.map(drugRole),
    ]),
  ]);
}

function caseFacts(code: readonly [string, string], value: XmlElement): XmlElement {
  return element('component', { typeCode: 'COMP' }, [
    element('observationEvent', { classCode: 'OBS', moodCode: 'EVN' }, [ichCode(code), value]),
  ]);
}

function characteristic(code: string, displayName: string, value: XmlElement): XmlElement {
  return element('subjectOf2', { typeCode: 'SUBJ' }, [
    element('investigationCharacteristic', { classCode: 'OBS', moodCode: 'EVN' }, [
      element('code', { code, codeSystem: oids.investigationCharacteristic, displayName }),
      value,
    ]),
  ]);
}

/** C.1, D, E, G, H.1 of one case: the investigationEvent. */
function investigationEvent(report: AdverseEventReport, context: IcsrContext): XmlElement {
  const narrative = report.personal.narrative;
  return element('investigationEvent', { classCode: 'INVSTG', moodCode: 'EVN' }, [
    element('id', { extension: context.caseIdentifier, root: oids.caseIdentifier }),
    element('id', { extension: context.caseIdentifier, root: oids.worldwideCaseIdentifier }),
    element('code', { code: 'PAT_ADV_EVNT', codeSystem: oids.hl7ActCode }),
    narrative !== '' && element('text', {}, [narrative]),
    element('statusCode', { code: 'active' }),
    element('effectiveTime', {}, [
      element('low', { value: e2bTimestamp(context.firstReceivedAt ?? report.awarenessAt) }),
    ]),
    element('availabilityTime', { value: e2bTimestamp(report.awarenessAt) }),
    adverseEventAssessment(report, context),
    caseFacts(
      observation.additionalDocumentsAvailable,
      element('value', { 'xsi:type': 'BL', value: 'false' }),
    ),
    caseFacts(
      observation.expedited,
      element('value', { 'xsi:type': 'BL', value: String(isSeriousCase(report.events)) }),
    ),
    firstSender(),
    ...context.linkedCaseIdentifiers.map(linkedReport),
    primarySource(report, context.includeReporterContact),
    sender(context.sender),
    characteristic(
      '1',
      'ICH ReportType',
      element('value', {
        'xsi:type': 'CE',
        code: '1',
        displayName: 'Spontaneous report',
        codeSystem: oids.reportType,
      }),
    ),
    characteristic('2', 'otherCaseIds', booleanValue(false)),
  ]);
}

/** One PORR_IN049016UV message for a case, or why it cannot be one. */
export function buildIcsrMessage(report: SafetyReport, context: IcsrContext): IcsrOutcome {
  if (report.kind !== 'adverse-event') return { kind: 'not-an-icsr' };
  const completeness = checkMinimumCriteria(report);
  const missing = [...completeness.missing, ...completeness.exchangeGaps];
  if (missing.length > 0) return { kind: 'cioms-only', missing };
  const created = e2bTimestamp(context.createdAt);
  const message = element('PORR_IN049016UV', {}, [
    element('id', { extension: context.messageId, root: oids.messageNumber }),
    element('creationTime', { value: created }),
    element('interactionId', { extension: 'PORR_IN049016UV', root: oids.hl7InteractionId }),
    element('processingCode', { code: 'P' }),
    element('processingModeCode', { code: 'I' }),
    element('acceptAckCode', { code: 'AL' }),
    element('receiver', { typeCode: 'RCV' }, [
      device(oids.messageReceiver, context.receiverIdentifier),
    ]),
    element('sender', { typeCode: 'SND' }, [device(oids.messageSender, context.sender.identifier)]),
    element('controlActProcess', { classCode: 'CACT', moodCode: 'EVN' }, [
      element('code', { code: 'PORR_TE049016UV', codeSystem: oids.hl7TriggerEvent }),
      element('effectiveTime', { value: created }),
      element('subject', { typeCode: 'SUBJ' }, [investigationEvent(report, context)]),
    ]),
  ]);
  return { kind: 'e2b', caseIdentifier: context.caseIdentifier, message };
}

export type IcsrBatchContext = {
  /** N.1.2 */
  batchId: string;
  /** N.1.5 */
  createdAt: Timestamp;
  senderIdentifier: string;
  receiverIdentifier: string;
};

/** The MCCI_IN200100UV01 batch (N.1) around one or more messages. */
export function buildIcsrBatch(
  messages: readonly XmlElement[],
  batch: IcsrBatchContext,
): XmlElement {
  if (messages.length === 0) throw new RangeError('An ICSR batch needs at least one message');
  return element('MCCI_IN200100UV01', { ITSVersion: 'XML_1.0' }, [
    element('id', { extension: batch.batchId, root: oids.batchNumber }),
    element('creationTime', { value: e2bTimestamp(batch.createdAt) }),
    element('responseModeCode', { code: 'D' }),
    element('interactionId', { extension: 'MCCI_IN200100UV01', root: oids.hl7InteractionId }),
    element('name', { code: '1', displayName: 'ichicsr', codeSystem: oids.messageType }),
    ...messages,
    element('receiver', { typeCode: 'RCV' }, [
      device(oids.batchReceiver, batch.receiverIdentifier),
    ]),
    element('sender', { typeCode: 'SND' }, [device(oids.batchSender, batch.senderIdentifier)]),
  ]);
}
