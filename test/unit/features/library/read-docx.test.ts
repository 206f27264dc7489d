import { describe, expect, it } from 'vitest';
import {
  DocxImportError,
  readDocxDraft,
} from '../../../../src/renderer/src/features/library/import/read-docx';
import { htmlToMarkdown } from '../../../../src/shared/library/html-to-markdown';
import { makeDocx } from './docx-fixture';

describe('Word import', () => {
  it('makes the first heading the title, the first paragraph the summary, the rest Markdown', async () => {
    const bytes = await makeDocx([
      { text: 'Velorix: use in hepatic impairment', style: 'Heading1' },
      { text: 'No dose adjustment in mild hepatic impairment.' },
      { text: 'Recommendation', style: 'Heading2' },
      { text: 'Not recommended in severe impairment.', isBold: true },
    ]);
    const draft = await readDocxDraft(bytes, 'velorix-hepatic.docx');
    expect(draft).toEqual({
      title: 'Velorix: use in hepatic impairment',
      summary: 'No dose adjustment in mild hepatic impairment.',
      body: 'No dose adjustment in mild hepatic impairment.\n\n## Recommendation\n\n**Not recommended in severe impairment.**',
    });
  });

  it('keeps script and HTML typed into the Word text as escaped text, never as markup', async () => {
    const bytes = await makeDocx([
      { text: 'Excipients', style: 'Heading1' },
      { text: '<script>alert(1)</script> <img src=x onerror=alert(2)> *not emphasis*' },
    ]);
    const { body } = await readDocxDraft(bytes, 'excipients.docx');
    expect(body).toBe(
      '\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(2)\\> \\*not emphasis\\*',
    );
  });

  it('drops active elements and unsafe links from converted HTML', () => {
    const markdown = htmlToMarkdown(
      '<p>Safe <a href="https://example.org">link</a> and <a href="javascript:alert(1)">bad</a></p><script>alert(1)</script><p><img src="data:image/png;base64,AAAA" alt="Figure 1" /></p>',
    );
    expect(markdown).toBe('Safe [link](https://example.org) and bad\n\nFigure 1');
  });

  it('refuses a file that is not a Word document, saying so', async () => {
    const text = new TextEncoder().encode('just text').buffer;
    await expect(readDocxDraft(text, 'notes.docx')).rejects.toThrow(
      new DocxImportError('notes.docx is not a Word document (.docx)'),
    );
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]).buffer;
    await expect(readDocxDraft(broken, 'broken.docx')).rejects.toThrow(
      /^broken\.docx could not be read as a Word document/,
    );
    const empty = await makeDocx([]);
    await expect(readDocxDraft(empty, 'empty.docx')).rejects.toThrow('empty.docx contains no text');
  });
});
