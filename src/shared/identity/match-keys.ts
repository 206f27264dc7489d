/**
 * Exact matching over personal data without storing it readable: duplicate requesters and
 * e-mail look-ups compare a keyed hash (HMAC with a device key) of a normalised value, kept in
 * an indexed field (ARCHITECTURE.md, Data). These are the normalisations; the HMAC is computed
 * in the renderer, whose key never leaves the unlocked session.
 */

export type MatchKind = 'email' | 'name' | 'phone';

export type MatchValue = { kind: MatchKind; value: string };

const honorifics = new Set([
  'dr',
  'prof',
  'med',
  'mr',
  'mrs',
  'ms',
  'frau',
  'herr',
  'mme',
  'm',
  'sr',
  'sra',
  'dott',
]);

/** Lower case, surrounding space removed: e-mail addresses compare case-insensitively in practice. */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/**
 * Lower case, accents and punctuation removed, titles dropped, words in order: "Dr. med. Katrin
 * Vogelsang" and "katrin  vogelsang" match; "Vogelsang, Katrin" does not (order kept on purpose:
 * a different order is a question for a person, not an automatic match).
 */
export function normalizePersonName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !honorifics.has(word))
    .join(' ');
}

/** Digits only, with a leading + kept: "+49 89 0000-7781" and "+4989 00007781" match. */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/gu, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/** The values of a person's identity worth matching exactly; empty ones are left out. */
export function matchValuesOf(person: {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}): MatchValue[] {
  const values: MatchValue[] = [];
  const name = person.name ? normalizePersonName(person.name) : '';
  const email = person.email ? normalizeEmail(person.email) : '';
  const phone = person.phone ? normalizePhone(person.phone) : '';
  if (email !== '') values.push({ kind: 'email', value: email });
  if (name !== '') values.push({ kind: 'name', value: name });
  if (phone.replace('+', '').length >= 5) values.push({ kind: 'phone', value: phone });
  return values;
}
