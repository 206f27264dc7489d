import { partialDateToCompact } from '../../domain/partial-date';
import type { Timestamp } from '../../schemas/common';

/**
 * E2B(R3) date formats, as in the FDA examples: dates `CCYY[MM[DD]]`, moments
 * `CCYYMMDDHHMMSS±ZZZZ` with the UTC offset of the wall clock that recorded them.
 */

/** `2026-03-03T09:30:00.000+01:00` → `20260303093000+0100`. */
export function e2bTimestamp(timestamp: Timestamp): string {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(
      timestamp,
    );
  if (!match) throw new RangeError(`Not a timestamp with an offset: ${timestamp}`);
  const [, year, month, day, hour, minute, second, offset = 'Z'] = match;
  const zone = offset === 'Z' ? '+0000' : offset.replace(':', '');
  return `${year}${month}${day}${hour}${minute}${second}${zone}`;
}

/** A partial date (`2026-03`) as E2B writes it (`202603`). */
export function e2bDate(date: string): string {
  return partialDateToCompact(date);
}

/** UCUM-looking units are sent as units; anything else ("tablet", "puffs") goes in text. */
export function isUcumUnit(unit: string): boolean {
  return (
    /^[A-Za-z0-9.%/[\]{}]{1,20}$/.test(unit) && !/^(tablets?|capsules?|puffs?|drops?)$/i.test(unit)
  );
}
