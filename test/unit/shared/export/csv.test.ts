import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { recordsToCsv, toCsv } from '../../../../src/shared/export/csv';

describe('the CSV writer (RFC 4180, UTF-8, formula-safe)', () => {
  it('quotes commas, quotes and line breaks, and ends every record with CRLF', () => {
    const csv = toCsv(
      [
        ['name', 'note'],
        ['Müller, Anna', 'said "it itches"\nthen left'],
      ],
      { byteOrderMark: false },
    );
    expect(csv).toBe('name,note\r\n"Müller, Anna","said ""it itches""\nthen left"\r\n');
  });

  it('starts with a byte-order mark by default so Excel reads UTF-8', () => {
    expect(toCsv([['Größe']]).startsWith('\uFEFFGröße')).toBe(true);
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises the formula-like cell %j with an apostrophe',
    (cell) => {
      const csv = toCsv([[cell]], { byteOrderMark: false });
      const [parsed] = Papa.parse<string[]>(csv.trimEnd(), {
        newline: '\r\n',
        delimiter: ',',
      }).data;
      expect(parsed?.[0]).toBe(`'${cell}`);
    },
  );

  it('writes numbers and booleans as they are, null as empty, and refuses NaN', () => {
    expect(toCsv([[-1.5, 0, true, null]], { byteOrderMark: false })).toBe('-1.5,0,true,\r\n');
    expect(() => toCsv([[Number.NaN]])).toThrow(RangeError);
  });

  it('round-trips through a standard parser, header first', () => {
    const rows = [
      { reference: 'SR-2026-K7Q-000001', days: 1 },
      { reference: 'SR-2026-K7Q-000002', days: 3 },
    ];
    const csv = recordsToCsv(
      [
        { header: 'Reference', value: (row: (typeof rows)[number]) => row.reference },
        { header: 'Days', value: (row) => row.days },
      ],
      rows,
    );
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trimEnd(), {
      newline: '\r\n',
    }).data;
    expect(parsed).toEqual([
      ['Reference', 'Days'],
      ['SR-2026-K7Q-000001', '1'],
      ['SR-2026-K7Q-000002', '3'],
    ]);
  });
});
