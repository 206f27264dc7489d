import { describe, expect, it } from 'vitest';
import { parseLibraryBundle, serializeLibraryBundle } from '../../../../src/shared/library/bundle';

/** The minimal form of the issue, verbatim in shape. */
function minimalBundle(): Record<string, unknown> & { documents: Record<string, unknown>[] } {
  return {
    format: 'medinfo-library',
    version: 1,
    products: [
      {
        id: 'p1',
        name: 'Brandname',
        genericName: 'inn',
        synonyms: ['...'],
        approvedIndications: [{ country: 'US', text: '...' }],
      },
    ],
    documents: [
      {
        id: 'd1',
        kind: 'srd',
        title: '...',
        productIds: ['p1'],
        topics: ['dosing'],
        audience: 'hcp',
        language: 'en',
        version: '1.0',
        status: 'approved',
        effectiveDate: '2026-01-01',
        reviewDate: '2027-01-01',
        summary: '...',
        body: 'Markdown text',
        references: [{ citation: '...' }],
      },
    ],
  };
}

function withDocuments(count: number): ReturnType<typeof minimalBundle> {
  const bundle = minimalBundle();
  const [first] = bundle.documents;
  bundle.documents = Array.from({ length: count }, (_, index) => ({
    ...first,
    id: `d${index + 1}`,
  }));
  return bundle;
}

function errorOf(json: unknown): string {
  const result = parseLibraryBundle(json);
  return result.ok ? 'accepted' : result.error;
}

describe('library bundle', () => {
  it('accepts the minimal form and returns its products and documents', () => {
    const result = parseLibraryBundle(minimalBundle());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.products[0]).toMatchObject({
      id: 'p1',
      name: 'Brandname',
      genericName: 'inn',
    });
    expect(result.bundle.documents[0]).toMatchObject({ id: 'd1', version: '1.0', attachments: [] });
    expect(result.bundle.source).toBe('default');
  });

  it('names the first bad field with its path', () => {
    const bundle = withDocuments(5);
    const fourth = bundle.documents[3];
    if (fourth) fourth.reviewDate = '01/01/2027';
    expect(errorOf(bundle)).toBe('documents[3].reviewDate: expected a date as YYYY-MM-DD');
  });

  it('explains a bad structured reference, and a bad citation, at their own path', () => {
    const bundle = minimalBundle();
    const [document] = bundle.documents;
    if (document) document.references = [{ authors: 'Lindqvist E', title: 'Trial', year: 'soon' }];
    expect(errorOf(bundle)).toMatch(/^documents\[0\]\.references\[0\]\.year: /);
    if (document) document.references = [{ citation: '' }];
    expect(errorOf(bundle)).toBe('documents[0].references[0].citation: expected text');
  });

  it('refuses what is not a bundle of this format and version', () => {
    expect(errorOf({ ...minimalBundle(), format: 'other' })).toBe(
      'format: expected "medinfo-library"',
    );
    expect(errorOf({ ...minimalBundle(), version: 2 })).toMatch(/^version: expected 1/);
    expect(errorOf('not json at all')).not.toBe('accepted');
  });

  it('refuses duplicate ids, unknown products and a review date before the effective date', () => {
    const duplicate = minimalBundle();
    duplicate.products = [
      ...(duplicate.products as unknown[]),
      ...(duplicate.products as unknown[]),
    ];
    expect(errorOf(duplicate)).toBe('products[1].id: "p1" appears twice');
    const unknown = minimalBundle();
    if (unknown.documents[0]) unknown.documents[0].productIds = ['p9'];
    expect(errorOf(unknown)).toBe('documents[0].productIds[0]: no product "p9" in this bundle');
    const backwards = minimalBundle();
    if (backwards.documents[0]) backwards.documents[0].reviewDate = '2025-01-01';
    expect(errorOf(backwards)).toBe('documents[0].reviewDate: is before the effective date');
  });

  it('accepts whole-number versions and authors written as one string', () => {
    const bundle = minimalBundle();
    const [document] = bundle.documents;
    if (document) {
      document.version = 3;
      document.references = [
        { authors: 'Lindqvist E, Moreau P', title: 'Trial', journal: 'J Demo', year: 2020 },
      ];
    }
    const result = parseLibraryBundle(bundle);
    expect(result.ok && result.bundle.documents[0]?.version).toBe('3.0');
    expect(result.ok && result.bundle.documents[0]?.references[0]).toMatchObject({
      authors: ['Lindqvist E, Moreau P'],
    });
  });

  it('reads back what it writes', () => {
    const first = parseLibraryBundle(minimalBundle());
    if (!first.ok) throw new Error(first.error);
    const again = parseLibraryBundle(JSON.parse(serializeLibraryBundle(first.bundle)));
    expect(again).toEqual(first);
  });
});
