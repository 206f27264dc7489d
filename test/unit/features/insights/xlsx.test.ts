import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FigureTable } from '../../../../src/shared/insights';
import { figureToXlsx } from '../../../../src/renderer/src/features/insights/xlsx';

const table: FigureTable = {
  id: 'neverUsed',
  title: 'Never used: [Cardivex]',
  hint: null,
  chart: 'none',
  isStacked: false,
  labelColumn: 'reference',
  seriesColumns: [],
  columns: [
    { key: 'reference', label: 'Reference', isNumeric: false },
    { key: 'document', label: 'Document', isNumeric: false },
    { key: 'count', label: 'Inquiries', isNumeric: true },
  ],
  rows: [
    {
      cells: { reference: 'SRD-CDX-001', document: 'Renal impairment', count: 3 },
      count: 0,
      inquiryIds: [],
    },
    {
      cells: { reference: '=HYPERLINK("http://x","y")', document: '@SUM(A1)', count: -2 },
      count: 0,
      inquiryIds: [],
    },
  ],
};

describe('figure export to Excel', () => {
  it('writes the table view as one sheet, numbers as numbers, formula-like text neutralised', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await figureToXlsx(table)).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Never used Cardivex');
    const values = (row: number): unknown[] => (sheet?.getRow(row).values as unknown[]).slice(1); // exceljs rows are 1-based arrays
    expect(values(1)).toEqual(['Reference', 'Document', 'Inquiries']);
    expect(values(2)).toEqual(['SRD-CDX-001', 'Renal impairment', 3]);
    expect(values(3)).toEqual([`'=HYPERLINK("http://x","y")`, "'@SUM(A1)", -2]);
    expect(sheet?.getCell('A3').formula).toBeUndefined();
  });
});
