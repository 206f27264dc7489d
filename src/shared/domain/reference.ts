import { deviceCodeAlphabet, referencePartsSchema, referencePattern } from '../schemas/reference';
import type { DeviceCode, Reference, ReferenceParts } from '../schemas/reference';

const counterDigits = 6;
const deviceCodeLength = 3;

/**
 * `MI-2026-K7Q-000123`. Throws a ZodError when a part is out of range (an unknown prefix, a
 * device code with ambiguous characters, a counter below 1).
 */
export function formatReference(parts: ReferenceParts): Reference {
  const valid = referencePartsSchema.parse(parts);
  const counter = String(valid.counter).padStart(counterDigits, '0');
  return `${valid.prefix}-${valid.year}-${valid.deviceCode}-${counter}`;
}

/**
 * The parts of a reference, or null when the text is not one. Tolerates surrounding spaces and
 * lower case, as typed by someone reading a printed receipt.
 */
export function parseReference(text: string): ReferenceParts | null {
  const match = referencePattern.exec(text.trim().toUpperCase());
  if (!match) return null;
  const [, prefix, year, deviceCode, counter] = match;
  const parsed = referencePartsSchema.safeParse({
    prefix,
    year: Number(year),
    deviceCode,
    counter: Number(counter),
  });
  return parsed.success ? parsed.data : null;
}

/**
 * A device code of 3 characters from the unambiguous alphabet, drawn from random bytes by
 * rejection sampling (no modulo bias). Pass at least 8 bytes; throws a RangeError in the
 * improbable case that they do not yield 3 characters.
 */
export function createDeviceCode(randomBytes: Uint8Array): DeviceCode {
  const alphabetSize = deviceCodeAlphabet.length;
  // The largest multiple of the alphabet size below 256: bytes at or above it are rejected.
  const limit = 256 - (256 % alphabetSize);
  let code = '';
  for (const byte of randomBytes) {
    if (byte >= limit) continue;
    code += deviceCodeAlphabet.charAt(byte % alphabetSize);
    if (code.length === deviceCodeLength) return code;
  }
  throw new RangeError('Not enough random bytes to draw a device code');
}
