import { describe, expect, it } from 'vitest';
import { parseMeddraRelease, MeddraFormatError } from '../../../../src/shared/safety/meddra';
import { createMeddraCoder } from '../../../../src/shared/safety/meddra-coder';
import { loadFixtureMeddra } from './report-fixtures';

describe('MedDRA import from the ASCII distribution files', () => {
  const release = loadFixtureMeddra();

  it('reads LLTs, PTs and the version from the release file', () => {
    expect(release.version).toBe('25.0');
    expect(release.language).toBe('English');
    expect(release.lowLevelTerms.get('10050987')).toEqual({
      code: '10050987',
      name: 'Feeling sick (fixture name)',
      ptCode: '10028813',
      isCurrent: true,
    });
    expect(release.preferredTerms.get('10028813')?.name).toBe('Nausea (fixture name)');
  });

  it('takes the version from a parameter when the release file is absent', () => {
    const files = { llt: '10000001$Term$10000001$$$$$$$Y$$\n', pt: '10000001$Term$$$$$$$$$$\n' };
    expect(parseMeddraRelease(files, '26.1').version).toBe('26.1');
    expect(() => parseMeddraRelease(files)).toThrow(/version is missing/);
  });

  it('refuses malformed lines with the file and line number', () => {
    const pt = '10000001$Term$$$$$$$$$$\n';
    const attempt = (llt: string): string => {
      try {
        parseMeddraRelease({ llt, pt }, '26.0');
        return 'accepted';
      } catch (error) {
        return error instanceof MeddraFormatError ? error.message : 'other';
      }
    };
    expect(attempt('10000001$Term$10000001$$$$$$$Y$$\n1234$Short code$10000001$$$$$$$Y$$\n')).toBe(
      'llt.asc, line 2: llt_code "1234" is not an 8-digit code',
    );
    expect(attempt('10000001$Term$10000001$$$$$$$maybe$$\n')).toMatch(
      /llt_currency must be Y or N/,
    );
    expect(attempt('10000002$Orphan$10000009$$$$$$$Y$$\n')).toMatch(/points to PT 10000009/);
    expect(attempt('10000001$Term\n')).toMatch(/expected 10 \$-separated fields/);
  });
});

describe('coding a verbatim term (LLT → PT with version)', () => {
  const coder = createMeddraCoder(loadFixtureMeddra());

  it('codes an exact LLT name, ignoring case and accents, to its PT and version', () => {
    expect(coder.codeExact('FEELING SICK (fixture name)')).toEqual({
      lltCode: '10050987',
      lltName: 'Feeling sick (fixture name)',
      ptCode: '10028813',
      ptName: 'Nausea (fixture name)',
      version: '25.0',
    });
    expect(coder.search('feeling sick (fixture name)')[0]?.matchKind).toBe('exact');
  });

  it('offers prefix and fuzzy matches, prefix first', () => {
    expect(coder.search('head').map((match) => [match.coding.lltCode, match.matchKind])).toEqual([
      ['10020321', 'prefix'],
    ]);
    expect(coder.search('colitis ischemic')[0]).toMatchObject({
      coding: { lltCode: '10009896' },
      matchKind: 'fuzzy',
    });
  });

  it('never offers a non-current LLT, but still resolves one by code', () => {
    expect(coder.search('rash').map((match) => match.coding.lltCode)).toEqual(['10036805']);
    expect(coder.codingOf('10036960')?.ptCode).toBe('10036805');
  });

  it('returns nothing for blank text or unknown words', () => {
    expect(coder.search('   ')).toEqual([]);
    expect(coder.search('xylophone')).toEqual([]);
  });
});
