import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  matchValuesOf,
  normalizePersonName,
  retryDelaySeconds,
  retryNotBefore,
} from '../../../../src/shared/identity';

describe('the back-off after wrong passwords', () => {
  it('lets three typos pass, then doubles the wait up to five minutes', () => {
    const delays = Array.from({ length: 14 }, (_, attempts) => retryDelaySeconds(attempts));
    expect(delays).toEqual([0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
  });

  it('says when the next attempt may be checked', () => {
    const now = new Date('2026-03-02T10:00:00.000Z');
    expect(retryNotBefore(now, 3)).toBeNull();
    expect(retryNotBefore(now, 5)?.toISOString()).toBe('2026-03-02T10:00:04.000Z');
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => retryDelaySeconds(-1)).toThrow(RangeError);
    expect(() => retryDelaySeconds(1.5)).toThrow(RangeError);
  });
});

describe('the password policy', () => {
  it('asks for 12 characters, counted as people count them', () => {
    expect(checkPassword('short pass', 'maja')).toEqual(['too-short']);
    expect(checkPassword('correct horse', 'maja')).toEqual([]);
    // 12 emoji are 24 UTF-16 units but 12 characters: accepted.
    expect(checkPassword('🙂'.repeat(11), 'maja')).toEqual(['too-short']);
    expect(checkPassword('🙂'.repeat(12), 'maja')).toEqual([]);
  });

  it('refuses a password that contains the user ID', () => {
    expect(checkPassword('Maja.Lindqvist-2026', 'maja.lindqvist')).toEqual(['contains-user-id']);
  });
});

describe('values for exact matching', () => {
  it('match a person whatever the titles, accents, case and spacing', () => {
    expect(normalizePersonName('Dr. med. Katrin  Vogelsang')).toBe('katrin vogelsang');
    expect(normalizePersonName('Prof. Dr. José Müller-Straße')).toBe('jose muller strasse');
  });

  it('normalise e-mail and phone and leave out what is missing', () => {
    expect(
      matchValuesOf({ name: null, email: ' K.Vogelsang@Example.org ', phone: '+49 89 0000-7781' }),
    ).toEqual([
      { kind: 'email', value: 'k.vogelsang@example.org' },
      { kind: 'phone', value: '+498900007781' },
    ]);
    expect(matchValuesOf({ name: '', email: null, phone: '12' })).toEqual([]);
  });
});
