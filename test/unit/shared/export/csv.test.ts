import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../../../src/shared/export/csv';
import type { CsvColumn } from '../../../../src/shared/export/csv';

type Row = { reference: string; text: string; count: number | null };

const columns: CsvColumn<Row>[] = [
  { header: 'Reference', value: (row) => row.reference },
  { header: 'Question', value: (row) => row.text },
  { header: 'Count', value: (row) => row.count },
];

describe('CSV export', () => {
  it('writes RFC 4180: CRLF records, quoted commas, quotes and line breaks', () => {
    const csv = toCsv(
      [
        { reference: 'MI-1', text: 'Plain', count: 2 },
        { reference: 'MI-2', text: 'Dose, "max"\nper day', count: null },
      ],
      columns,
    );
    expect(csv).toBe(
      'Reference,Question,Count\r\nMI-1,Plain,2\r\nMI-2,"Dose, ""max""\nper day",\r\n',
    );
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[2]).toEqual(['MI-2', 'Dose, "max"\nper day', '']);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(neutraliseFormula('Dose 5 mg')).toBe('Dose 5 mg');
    const csv = toCsv([{ reference: '=cmd|" /C calc"!A0', text: 'ok', count: -1 }], columns);
    expect(csv.split('\r\n')[1]).toBe(`"'=cmd|"" /C calc""!A0",ok,-1`);
  });

  it('keeps any Unicode and markup verbatim', () => {
    const text = '腎機能 · مرحبا · 🙂 · <script>alert(1)</script>';
    const csv = toCsv([{ reference: 'MI-3', text, count: 0 }], columns);
    expect(Papa.parse<string[]>(csv.trimEnd()).data[1]?.[1]).toBe(text);
  });
});
