import type { JsonValue } from '../../../../shared/schemas';

/** A field value as a person reads it: text as is, anything else as compact JSON. */
export function valueText(value: JsonValue | undefined, absent: string): string {
  if (value === undefined || value === null) return absent;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
}

/** How an edited value is typed in: plain text for text fields, JSON for everything else. */
export function isTextField(
  serverValue: JsonValue | undefined,
  clientValue: JsonValue | undefined,
): boolean {
  return typeof serverValue === 'string' || typeof clientValue === 'string';
}

/**
 * The value of an edit box: the text itself for a text field, else the parsed JSON.
 * @throws SyntaxError when a non-text field does not hold valid JSON
 */
export function parseEditedValue(text: string, isText: boolean): JsonValue {
  return isText ? text : (JSON.parse(text) as JsonValue);
}
