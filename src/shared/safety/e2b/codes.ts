import { oids } from './vocabulary';
import { element } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** Small element shapes the E2B sections repeat. */

/** `<code code=… codeSystem=… displayName=…/>` of an ICH observation or organiser. */
export function ichCode(
  [code, displayName]: readonly [string, string],
  codeSystem: string = oids.observationCode,
): XmlElement {
  return element('code', { code, codeSystem, displayName });
}

/** An `observation` (classCode OBS, moodCode EVN) with a code and a value. */
export function observationOf(
  code: readonly [string, string],
  value: XmlElement,
  extra: readonly (XmlElement | null)[] = [],
): XmlElement {
  return element('observation', { classCode: 'OBS', moodCode: 'EVN' }, [
    ichCode(code),
    value,
    ...extra,
  ]);
}

/** A BL value: true, or nullFlavor NI ("no information") as E2B(R3) asks for unticked criteria. */
export function booleanValue(isTrue: boolean): XmlElement {
  return isTrue
    ? element('value', { 'xsi:type': 'BL', value: 'true' })
    : element('value', { 'xsi:type': 'BL', nullFlavor: 'NI' });
}

export function countryCode(country: string): XmlElement {
  return element('code', { code: country, codeSystem: oids.country });
}

/** A `device` with one identifier, for senders and receivers. */
export function device(root: string, extension: string): XmlElement {
  return element('device', { classCode: 'DEV', determinerCode: 'INSTANCE' }, [
    element('id', { extension, root }),
  ]);
}
