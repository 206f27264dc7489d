import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../../../src/shared/export/csv';

describe('CSV export', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseFormula('Cardivex 20 mg')).toBe('Cardivex 20 mg');
  });

  it('quotes commas, quotes and line breaks and writes numbers as numbers', () => {
    const rows = [
      { name: 'Smith, "Jo"', count: -3, note: 'two\nlines' },
      { name: '=HYPERLINK("http://x")', count: 0, note: null },
    ];
    const csv = toCsv(rows, [
      { header: 'Name', value: (row) => row.name },
      { header: 'Count', value: (row) => row.count },
      { header: 'Note', value: (row) => row.note },
    ]);
    expect(csv).toBe(
      'Name,Count,Note\r\n"Smith, ""Jo""",-3,"two\nlines"\r\n"\'=HYPERLINK(""http://x"")",0,\r\n',
    );
  });
});
