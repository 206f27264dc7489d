import { describe, expect, it } from 'vitest';
import { markdownToPdf, type PdfContent } from '../../../../src/shared/documents';

const options = { contentWidth: 483 };

/** All the text a piece of content prints, in order. */
function textOf(content: PdfContent | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(textOf).join('');
  if ('text' in content)
    return typeof content.text === 'string' ? content.text : content.text.map(textOf).join('');
  if ('stack' in content) return content.stack.map(textOf).join('\n');
  if ('ul' in content) return content.ul.map(textOf).join('\n');
  if ('ol' in content) return content.ol.map(textOf).join('\n');
  if ('table' in content)
    return content.table.body.map((row) => row.map(textOf).join(' | ')).join('\n');
  return '';
}

describe('Markdown to pdfmake', () => {
  it('turns headings, paragraphs, lists and emphasis into styled content', () => {
    const content = markdownToPdf(
      '## Dosing\n\nTake **20 mg** *with food*.\n\n- once daily\n- with water\n\n1. first\n2. second',
      options,
    );
    expect(content[0]).toMatchObject({ style: 'markdownHeading2', text: ['Dosing'] });
    expect(content[1]).toMatchObject({
      style: 'paragraph',
      text: [
        'Take ',
        { text: ['20 mg'], bold: true },
        ' ',
        { text: ['with food'], italics: true },
        '.',
      ],
    });
    expect(content[2]).toMatchObject({ style: 'list' });
    expect(textOf(content[2])).toBe('once daily\nwith water');
    expect(content[3]).toMatchObject({ start: 1 });
    expect(textOf(content[3])).toBe('first\nsecond');
  });

  it('prints HTML and script as the text they are', () => {
    const content = markdownToPdf('<script>alert("x")</script>\n\nA <b>bold</b> claim.', options);
    expect(textOf(content[0])).toBe('<script>alert("x")</script>');
    expect(textOf(content[1])).toBe('A <b>bold</b> claim.');
  });

  it('prints images as their description and links with their address, fetching nothing', () => {
    const content = markdownToPdf(
      '![Kaplan-Meier curve](https://example.org/km.png) See [the SmPC](https://example.org/smpc).',
      options,
    );
    const printed = JSON.stringify(content);
    expect(textOf(content[0])).toBe(
      '[Kaplan-Meier curve] See the SmPC (https://example.org/smpc).',
    );
    expect(printed).not.toContain('"image"');
    expect(printed).not.toContain('"link"');
  });

  it('prints a pipe table as a table, with header, alignment and inline emphasis', () => {
    const content = markdownToPdf(
      '| Risk | Stop before |\n| --- | ---: |\n| Low | **24 h** |\n| High | 48 h |',
      options,
    );
    expect(content).toHaveLength(1);
    expect(content[0]).toMatchObject({ table: { headerRows: 1, widths: ['50%', '50%'] } });
    expect(textOf(content[0])).toBe('Risk | Stop before\nLow | 24 h\nHigh | 48 h');
    expect(JSON.stringify(content[0])).toContain('"alignment":"right"');
  });

  it('fills values after parsing, so a name with Markdown characters stays literal', () => {
    const content = markdownToPdf('Dear **{{recipientName}}**,', {
      ...options,
      transformText: (text) => text.replace('{{recipientName}}', '*Jo* <i>'),
    });
    expect(content[0]).toMatchObject({ text: ['Dear ', { text: ['*Jo* <i>'], bold: true }, ','] });
  });
});
