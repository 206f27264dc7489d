import { describe, expect, it } from 'vitest';
import {
  contentHashOf,
  currentSignatures,
  findLockViolations,
  isContentUnchanged,
  signedContentOf,
} from '../../../src/shared/signatures';
import type { SignatureMeaning } from '../../../src/shared/signatures';

const document = {
  id: 'doc-1',
  title: 'Dosing in renal impairment',
  body: 'Halve the dose.',
  status: 'approved',
};

function signatureOver(
  record: unknown,
  fields: string[],
  signedAt: string,
  meaning: SignatureMeaning = 'approved',
): {
  id: string;
  signedAt: string;
  meaning: SignatureMeaning;
  binding: { table: string; recordId: string; fields: string[] };
  contentHash: string;
} {
  return {
    id: `sig-${signedAt}`,
    signedAt,
    meaning,
    binding: { table: 'documents', recordId: 'doc-1', fields },
    contentHash: contentHashOf(signedContentOf(record, fields)),
  };
}

describe('signed content', () => {
  it('is bound by a SHA-256 of its canonical JSON: key order does not matter, values do', () => {
    expect(contentHashOf({ b: 1, a: 'x' })).toBe(contentHashOf({ a: 'x', b: 1 }));
    expect(contentHashOf({ a: 'x', b: 1 })).not.toBe(contentHashOf({ a: 'x', b: 2 }));
    expect(contentHashOf({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the named fields of a record, nested paths included, missing ones as null', () => {
    const record = { personal: { questions: [{ text: 'Q' }] }, status: 'open' };
    expect(signedContentOf(record, ['personal.questions', 'status', 'absent'])).toEqual({
      'personal.questions': [{ text: 'Q' }],
      status: 'open',
      absent: null,
    });
  });

  it('no longer matches once a signed field changes', () => {
    const signature = signatureOver(document, ['title', 'body'], '2026-03-02T10:00:00.000+01:00');
    expect(isContentUnchanged(signature, document)).toBe(true);
    expect(isContentUnchanged(signature, { ...document, status: 'retired' })).toBe(true);
    expect(isContentUnchanged(signature, { ...document, body: 'Halve the dose!' })).toBe(false);
  });
});

describe('signed fields are locked', () => {
  const authored = signatureOver(
    document,
    ['title', 'body'],
    '2026-03-02T09:00:00.000+01:00',
    'authored',
  );
  const approved = signatureOver(document, ['title', 'body'], '2026-03-02T10:00:00.000+01:00');

  it('refuses a change to signed content, naming the signatures it would break', () => {
    const edited = { ...document, body: 'Take the full dose.' };
    expect(findLockViolations(edited, [authored, approved])).toEqual([
      { signatureId: authored.id, meaning: 'authored', fields: ['title', 'body'] },
      { signatureId: approved.id, meaning: 'approved', fields: ['title', 'body'] },
    ]);
    expect(findLockViolations({ ...document, status: 'retired' }, [authored, approved])).toEqual(
      [],
    );
  });

  it('accepts the change with a new signature over at least the same fields, which ends the old ones', () => {
    const edited = { ...document, body: 'Take the full dose.' };
    const resigned = signatureOver(
      edited,
      ['title', 'body', 'status'],
      '2026-03-03T10:00:00.000+01:00',
      'authored',
    );
    expect(findLockViolations(edited, [authored, approved, resigned])).toEqual([]);
    // In force on the new content: only the new signing; the old approval no longer is.
    expect(currentSignatures(edited, [authored, approved, resigned])).toEqual([resigned]);
    expect(currentSignatures(document, [authored, approved, resigned])).toEqual([
      authored,
      approved,
    ]);
  });

  it('does not let a signature over fewer fields end one over more', () => {
    const edited = { ...document, body: 'Take the full dose.' };
    const partial = signatureOver(edited, ['body'], '2026-03-03T10:00:00.000+01:00');
    expect(
      findLockViolations(edited, [approved, partial]).map((violation) => violation.signatureId),
    ).toEqual([approved.id]);
  });

  it('orders signings across UTC offsets by their instant, not their text', () => {
    const edited = { ...document, title: 'New' };
    // "10:30+02:00" sorts after "09:45+01:00" as text, but is 08:30 UTC: the earlier signing.
    const earlier = signatureOver(document, ['title'], '2026-07-01T10:30:00.000+02:00');
    const later = signatureOver(edited, ['title'], '2026-07-01T09:45:00.000+01:00');
    expect(findLockViolations(edited, [earlier, later])).toEqual([]);
    // A signature over the new title made before the old one cannot end it.
    const first = signatureOver(edited, ['title'], '2026-07-01T08:00:00.000+02:00');
    const violations = findLockViolations(edited, [earlier, first]);
    expect(violations.map((violation) => violation.signatureId)).toEqual([earlier.id]);
  });
});
