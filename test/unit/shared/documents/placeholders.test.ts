import { describe, expect, it } from 'vitest';
import { detectCustomEdits, fillPlaceholders } from '../../../../src/shared/documents';

const values = {
  recipientName: 'Dr Łukasz Żółć',
  product: 'Trombexa (skarixaban)',
  question: 'Is bridging needed (e.g. with heparin)?',
};

const approved =
  'Dear {{recipientName}},\n\nYou asked: {{ question }}\n\n{{product}} is **approved**.';

describe('personalisation placeholders', () => {
  it('fills the three placeholders and leaves any other braces alone', () => {
    const text = fillPlaceholders(
      '{{recipientName}} · {{ product }} · {{question}} · {{dose}}',
      values,
    );
    expect(text).toBe(
      'Dr Łukasz Żółć · Trombexa (skarixaban) · Is bridging needed (e.g. with heparin)? · {{dose}}',
    );
  });

  it('treats approved text with its placeholders filled, or left, as approved', () => {
    expect(detectCustomEdits(approved, fillPlaceholders(approved, values), values)).toEqual({
      isCustom: false,
      firstDifferenceAt: null,
    });
    expect(detectCustomEdits(approved, approved, values).isCustom).toBe(false);
    const partlyFilled = approved.replace('{{recipientName}}', values.recipientName);
    expect(detectCustomEdits(approved, partlyFilled, values).isCustom).toBe(false);
  });

  it('does not count Windows line endings or surrounding blank lines as an edit', () => {
    const edited = `\r\n${approved.replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(detectCustomEdits(approved, edited, values).isCustom).toBe(false);
  });

  it('reports any other change, even one character, with where it starts', () => {
    const edited = fillPlaceholders(approved, values).replace('**approved**', '**licensed**');
    const result = detectCustomEdits(approved, edited, values);
    expect(result.isCustom).toBe(true);
    expect(edited.slice(result.firstDifferenceAt ?? 0)).toMatch(/^licensed/);
  });

  it('counts a placeholder filled with a different value as an edit', () => {
    const edited = approved.replace('{{product}}', 'Cardivex (halvastatin)');
    expect(detectCustomEdits(approved, edited, values).isCustom).toBe(true);
  });
});
