import { partialDateToCompact } from '../../domain/partial-date';
import type { ReportedEvent } from '../../schemas/safety-parts';
import { booleanValue, countryCode, ichCode } from './codes';
import { languageCodes, observation, oids, outcomeCodes, seriousnessOrder } from './vocabulary';
import { element } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** E2B section E: one reaction observation per reported event (coded to its MedDRA LLT). */

function relatedObservation(code: readonly [string, string], value: XmlElement): XmlElement {
  return element('outboundRelationship2', { typeCode: 'PERT' }, [
    element('observation', { classCode: 'OBS', moodCode: 'EVN' }, [ichCode(code), value]),
  ]);
}

/** E.i.4–5: onset and end, when known. */
function period(event: ReportedEvent): XmlElement | null {
  if (event.onset === null && event.end === null) return null;
  return element('effectiveTime', { 'xsi:type': 'IVL_TS' }, [
    event.onset === null
      ? element('low', { nullFlavor: 'NASK' })
      : element('low', { value: partialDateToCompact(event.onset) }),
    event.end !== null && element('high', { value: partialDateToCompact(event.end) }),
  ]);
}

/**
 * E.i.1.1 verbatim in the reporter's language, E.i.2.1 MedDRA LLT and version, E.i.3.2
 * seriousness (true or NI), E.i.7 outcome, E.i.9 country. The caller guarantees coding.
 */
export function reactionObservation(event: ReportedEvent, country: string): XmlElement {
  const coding = event.coding;
  if (coding === null) throw new RangeError(`Reaction ${event.id} is not MedDRA-coded`);
  const language = languageCodes[event.language.slice(0, 2)];
  return element('subjectOf2', { typeCode: 'SBJ' }, [
    element('observation', { classCode: 'OBS', moodCode: 'EVN' }, [
      element('id', { root: event.id }),
      ichCode(observation.reaction),
      period(event),
      element(
        'value',
        {
          'xsi:type': 'CE',
          code: coding.lltCode,
          codeSystem: oids.meddra,
          codeSystemVersion: coding.version,
        },
        [element('originalText', { language }, [event.verbatim])],
      ),
      element('location', { typeCode: 'LOC' }, [
        element('locatedEntity', { classCode: 'LOCE' }, [
          element('locatedPlace', { classCode: 'COUNTRY', determinerCode: 'INSTANCE' }, [
            countryCode(country),
          ]),
        ]),
      ]),
      ...seriousnessOrder.map((criterion) =>
        relatedObservation(observation[criterion], booleanValue(event.seriousness[criterion])),
      ),
      event.outcome !== null &&
        relatedObservation(
          observation.outcome,
          element('value', {
            'xsi:type': 'CE',
            code: outcomeCodes[event.outcome][0],
            displayName: outcomeCodes[event.outcome][1],
            codeSystem: oids.outcome,
          }),
        ),
    ]),
  ]);
}
