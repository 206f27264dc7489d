import { describe, expect, it } from 'vitest';
import { buildResponseLetter, type LetterSourceDocument } from '../../../src/shared/documents';
import { createNodePdfRenderer } from '../../../src/server/documents/render-pdf';
import { periopEnglish } from '../../fixtures/documents/documents';
import { letterInput } from '../../fixtures/documents/letters';
import { flatten, pdfPages, pdfWordBoxes } from '../../helpers/pdf-text';

const render = createNodePdfRenderer();

function withBody(body: string): LetterSourceDocument {
  return { ...periopEnglish, body };
}

/** Every word lies inside the page, with at least the 56 pt margin's worth of room to spare. */
async function expectEverythingWithinThePage(bytes: Uint8Array): Promise<void> {
  const boxes = await pdfWordBoxes(bytes);
  expect(boxes.length).toBeGreaterThan(0);
  const outside = boxes.filter((box) => box.xMin < 0 || box.xMax > box.pageWidth - 40);
  expect(outside.map((box) => [box.text.slice(0, 30), box.xMin, box.xMax, box.pageWidth])).toEqual(
    [],
  );
}

const longUrl = `https://example.org/${'trial-registry/'.repeat(19)}${'x'.repeat(15)}`;
const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(7);

describe('letters from difficult content', () => {
  it('prints HTML and script as text, never as markup', async () => {
    const body =
      '<script>alert("pwned")</script>\n\nThe <b>dose</b> is <img src=x onerror=alert(1)> 20 mg.';
    const input = letterInput({
      answers: [{ document: withBody(body) }],
      questions: ['Is <i>this</i> & that <script>x</script> safe?'],
    });
    const text = (await pdfPages(await render(buildResponseLetter(input)))).map(flatten).join(' ');
    expect(text).toContain('<script>alert("pwned")</script>');
    expect(text).toContain('The <b>dose</b> is <img src=x onerror=alert(1)> 20 mg.');
    expect(text).toContain('Is <i>this</i> & that <script>x</script> safe?');
  });

  it('breaks a 300-character URL and a 300-character word so nothing leaves the page', async () => {
    expect(longUrl.length).toBeGreaterThanOrEqual(300);
    expect(longWord.length).toBeGreaterThanOrEqual(300);
    const body = `See ${longUrl} for details.\n\n${longWord}\n\n| Column | Value |\n| --- | --- |\n| ${longWord} | ${longUrl} |`;
    const input = letterInput({
      answers: [{ document: withBody(body) }],
      questions: [`What about ${longWord}?`],
      recipient: { ...letterInput().recipient, institution: longWord },
      enclosures: [longUrl],
    });
    const bytes = await render(buildResponseLetter(input));
    await expectEverythingWithinThePage(bytes);
    // pdftotext joins a line ending in "-" with the next without its hyphen: compare without.
    const unbroken = (text: string): string => text.replace(/[\s-]+/g, '');
    const text = unbroken((await pdfPages(bytes)).join(''));
    expect(text).toContain(unbroken(longUrl));
    expect(text).toContain(longWord);
  });

  it('prints a 50-page document with every page numbered and nothing off the page', async () => {
    const section = (index: number): string =>
      `## Section ${index}\n\n${'Skarixaban exposure was consistent across subgroups, and no dose adjustment is recommended for body weight alone. '.repeat(12)}\n\n- point one of section ${index}\n- point two of section ${index}`;
    const body = Array.from({ length: 130 }, (_, index) => section(index + 1)).join('\n\n');
    const bytes = await render(
      buildResponseLetter(letterInput({ answers: [{ document: withBody(body) }] })),
    );
    const pages = (await pdfPages(bytes)).map(flatten);
    expect(pages.length).toBeGreaterThanOrEqual(50);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
    expect(pages.join(' ')).toContain('point two of section 130');
    await expectEverythingWithinThePage(bytes);
  }, 120_000);

  it('renders one definition twice (preview, then save) to the same bytes', async () => {
    const definition = buildResponseLetter(letterInput());
    const preview = await render(definition);
    const saved = await render(definition);
    expect(Buffer.from(preview).equals(Buffer.from(saved))).toBe(true);
  });

  it('gives the same bytes for the same input, and other bytes for another time', async () => {
    const first = await render(buildResponseLetter(letterInput()));
    const second = await render(buildResponseLetter(letterInput()));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const later = await render(
      buildResponseLetter(letterInput({ generatedAt: '2026-03-16T10:16:00.000+01:00' })),
    );
    expect(Buffer.from(first).equals(Buffer.from(later))).toBe(false);
  });
});
