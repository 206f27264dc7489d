import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeviceCode, formatReference, parseReference } from '../../../src/shared/domain';
import { deviceCodeAlphabet, referenceSchema } from '../../../src/shared/schemas';

describe('reference numbers', () => {
  it('formats prefix, year, device code and a six-digit counter', () => {
    expect(formatReference({ prefix: 'MI', year: 2026, deviceCode: 'K7Q', counter: 123 })).toBe(
      'MI-2026-K7Q-000123',
    );
  });

  it('widens the counter instead of wrapping after 999,999', () => {
    const reference = formatReference({
      prefix: 'MI',
      year: 2026,
      deviceCode: 'K7Q',
      counter: 1_000_000,
    });
    expect(reference).toBe('MI-2026-K7Q-1000000');
    expect(parseReference(reference)?.counter).toBe(1_000_000);
  });

  it('refuses device codes with look-alike characters and counters below 1', () => {
    expect(() =>
      formatReference({ prefix: 'MI', year: 2026, deviceCode: 'K0O', counter: 1 }),
    ).toThrow();
    expect(() =>
      formatReference({ prefix: 'MI', year: 2026, deviceCode: 'K7Q', counter: 0 }),
    ).toThrow();
  });

  it('parses what it formats, for any valid parts', () => {
    const deviceCode = fc
      .array(fc.constantFrom(...deviceCodeAlphabet), { minLength: 3, maxLength: 3 })
      .map((characters) => characters.join(''));
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 9999 }),
        deviceCode,
        fc.integer({ min: 1, max: 99_999_999 }),
        (year, code, counter) => {
          const parts = { prefix: 'MI' as const, year, deviceCode: code, counter };
          const reference = formatReference(parts);
          expect(referenceSchema.safeParse(reference).success).toBe(true);
          expect(parseReference(reference)).toEqual(parts);
        },
      ),
    );
  });

  it('reads a reference typed from a receipt in lower case with spaces', () => {
    expect(parseReference('  mi-2026-k7q-000123 ')).toEqual({
      prefix: 'MI',
      year: 2026,
      deviceCode: 'K7Q',
      counter: 123,
    });
    expect(parseReference('MI-2026-K7Q-123')).toBeNull();
    expect(parseReference('INV-2026-K7Q-000123')).toBeNull();
  });
});

describe('device codes', () => {
  it('uses only the unambiguous alphabet', () => {
    expect(deviceCodeAlphabet).not.toMatch(/[01OIL]/);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const code = createDeviceCode(bytes);
        expect(code).toMatch(new RegExp(`^[${deviceCodeAlphabet}]{3}$`));
      }),
    );
  });

  it('skips bytes that would bias the draw and fails when too few remain', () => {
    // 248–255 are rejected (256 is not a multiple of 31); 0, 1, 2 map to A, B, C.
    expect(createDeviceCode(Uint8Array.from([255, 248, 0, 1, 2]))).toBe('ABC');
    expect(() => createDeviceCode(Uint8Array.from([250, 251, 0, 1]))).toThrow(RangeError);
  });
});
