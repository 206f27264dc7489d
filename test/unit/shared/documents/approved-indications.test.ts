import { describe, expect, it } from 'vitest';
import { approvedIndicationsFor } from '../../../../src/shared/documents';
import { trombexa } from '../../../fixtures/documents/products';

describe('approved indications per country', () => {
  it('uses the country’s own labelling where there is one', () => {
    const indications = approvedIndicationsFor(trombexa.approvedIndications, 'DE');
    expect(indications.map((indication) => indication.country)).toEqual(['DE']);
  });

  it('uses the EU labelling in an EEA country without its own, and nothing elsewhere', () => {
    expect(
      approvedIndicationsFor(trombexa.approvedIndications, 'NO').map((i) => i.country),
    ).toEqual(['EU']);
    expect(
      approvedIndicationsFor(trombexa.approvedIndications, 'IE').map((i) => i.country),
    ).toEqual(['EU']);
    expect(approvedIndicationsFor(trombexa.approvedIndications, 'GB')).toEqual([]);
    expect(approvedIndicationsFor(trombexa.approvedIndications, 'JP')).toEqual([]);
  });
});
