import { describe, expect, it } from 'vitest';
import {
  formatVancouver,
  mergeReferences,
  referenceFromLiterature,
  type DocumentReference,
} from '../../../../src/shared/documents';
import { periopTrial, smpcCitation } from '../../../fixtures/documents/documents';

describe('Vancouver references', () => {
  it('orders and punctuates a journal article the Vancouver way', () => {
    expect(formatVancouver(periopTrial)).toBe(
      'Rossi G, Aasheim R, Dubois M. Perioperative interruption of skarixaban: outcomes in 2,140 procedures from SKAR-AF. J Thromb Haemost Demo. 2020;18(4):812-21. doi:10.5555/demo.trx.2020.002. PMID: 31900001.',
    );
  });

  it('lists six authors, then "et al."', () => {
    const authors = ['A A', 'B B', 'C C', 'D D', 'E E', 'F F', 'G G'];
    const text = formatVancouver({
      kind: 'structured',
      authors,
      title: 'Seven authors',
      year: 2021,
    });
    expect(text).toBe('A A, B B, C C, D D, E E, F F, et al. Seven authors. 2021.');
  });

  it('keeps a title ending in a question mark without adding a period', () => {
    const text = formatVancouver({
      kind: 'structured',
      authors: ['Lind E'],
      title: 'Should anticoagulation be interrupted?',
      journal: 'Demo J',
      year: 2019,
      volume: '7',
      pages: '1-9',
    });
    expect(text).toBe('Lind E. Should anticoagulation be interrupted? Demo J. 2019;7:1-9.');
  });

  it('prints a bare citation exactly as written', () => {
    expect(formatVancouver(smpcCitation)).toBe(
      'Trombexa Summary of Product Characteristics, section 4.4. Halvorsen Pharma GmbH; 2025.',
    );
  });

  it('reads the library’s references: structured ones in Vancouver order, citations verbatim', () => {
    const reference = referenceFromLiterature({
      authors: ['Nilsen O', 'Hartmann K', 'Rossi G', 'Berg T', 'Lund A', 'Moe S', 'Vik E'],
      title: 'Skarixaban versus warfarin in non-valvular atrial fibrillation: the SKAR-AF trial',
      journal: 'Data on file, Halvorsen Pharma',
      year: 2018,
      doi: '10.5555/demo.trx.2018.001',
    });
    expect(formatVancouver(reference)).toBe(
      'Nilsen O, Hartmann K, Rossi G, Berg T, Lund A, Moe S, et al. Skarixaban versus warfarin in non-valvular atrial fibrillation: the SKAR-AF trial. Data on file, Halvorsen Pharma. 2018. doi:10.5555/demo.trx.2018.001.',
    );
    const citation = referenceFromLiterature({ citation: 'Trombexa SmPC, section 4.2.' });
    expect(formatVancouver(citation)).toBe('Trombexa SmPC, section 4.2.');
  });

  it('lists a source cited by two documents once, in order of first appearance', () => {
    const sameDoiOtherCase: DocumentReference = {
      ...periopTrial,
      doi: '10.5555/DEMO.TRX.2020.002',
    };
    const merged = mergeReferences([
      [smpcCitation, periopTrial],
      [sameDoiOtherCase, smpcCitation],
    ]);
    expect(merged).toEqual([smpcCitation, periopTrial]);
  });
});
