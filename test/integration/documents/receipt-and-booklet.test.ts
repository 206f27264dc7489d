import { describe, expect, it } from 'vitest';
import {
  buildLibraryBooklet,
  buildRequestReceipt,
  checkBookletReadiness,
  checkReceiptReadiness,
  DocumentNotReadyError,
} from '../../../src/shared/documents';
import { createNodePdfRenderer } from '../../../src/server/documents/render-pdf';
import { expiredDocument } from '../../fixtures/documents/documents';
import { bookletInput, receiptInput } from '../../fixtures/documents/receipts';
import { flatten, pdfPages, pdfWordBoxes } from '../../helpers/pdf-text';

const render = createNodePdfRenderer();

describe('the booth request receipt, as printed', () => {
  it('fits on one page with the HCP’s details, questions, signature, privacy notice and next steps', async () => {
    const pages = (await pdfPages(await render(buildRequestReceipt(receiptInput())))).map(flatten);
    expect(pages).toHaveLength(1);
    const [text = ''] = pages;
    for (const expected of [
      'Request for medical information – receipt',
      'Reference MI-2026-K7Q-000204',
      'Received 29 August 2026 at 11:38 (UTC+02:00)',
      'ESC Congress 2026, Munich, Hall B2, booth 214',
      'Name Dr Σωκράτης Παπαδόπουλος',
      'Profession Physician',
      'Institution Ærøskøbing Sygehus',
      'Country Greece',
      '1. Can Trombexa be used in patients with a mechanical mitral valve?',
      '2. Is there a reversal agent, and what do you recommend before emergency surgery?',
      'on your own initiative (unsolicited request)',
      'Electronically signed by: Dr Σωκράτης Παπαδόπουλος',
      'Date and time: 29 August 2026 at 11:41 (UTC+02:00)',
      'Meaning of the signature: Confirms this request for medical information as recorded above',
      'will answer by e-mail, by 7 September 2026 at the latest',
      'Privacy notice',
      'never shared with sales staff',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is written in the HCP’s language', async () => {
    const input = receiptInput({ language: 'de' });
    const [text = ''] = (await pdfPages(await render(buildRequestReceipt(input)))).map(flatten);
    expect(text).toContain('Anfrage nach medizinischer Information – Empfangsbestätigung');
    expect(text).toContain('Eingegangen 29. August 2026 um 11:38 (UTC+02:00)');
    expect(text).toContain('Datenschutzhinweis');
    expect(text).toContain('Seite 1 von 1');
  });

  it('refuses a signature that is not a PNG image', () => {
    const input = receiptInput({
      signature: {
        ...receiptInput().signature,
        imageDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=',
      },
    });
    expect(checkReceiptReadiness(input).map((problem) => problem.code)).toEqual([
      'signature-image-invalid',
    ]);
    expect(() => buildRequestReceipt(input)).toThrow(DocumentNotReadyError);
  });

  it('keeps a 300-character e-mail address and question within the page', async () => {
    const long = `${'a'.repeat(300)}@example.org`;
    const input = receiptInput({
      requester: { ...receiptInput().requester, email: long },
      questions: [`Is ${'b'.repeat(300)} safe?`],
    });
    const boxes = await pdfWordBoxes(await render(buildRequestReceipt(input)));
    expect(boxes.filter((box) => box.xMax > box.pageWidth - 40)).toEqual([]);
  });
});

describe('the library booklet, as printed', () => {
  it('opens with a table of contents whose page numbers lead to each document', async () => {
    const pages = (await pdfPages(await render(buildLibraryBooklet(bookletInput())))).map(flatten);
    expect(pages).toHaveLength(4);
    const [cover = ''] = pages;
    expect(cover).toContain('Trombexa booth briefing');
    expect(cover).toContain('For internal training and booth briefing only.');
    const titles = bookletInput().documents.map((document) => document.title);
    const contents = cover.slice(cover.indexOf('Contents'));
    titles.forEach((title, index) => {
      const entry = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(
        contents,
      );
      expect(entry?.[1]).toBe(String(index + 2));
      expect(pages[index + 1]?.startsWith(title)).toBe(true);
    });
    expect(pages[1]).toContain(
      'SRD-TRX-001 · Standard response · For healthcare professionals · EN',
    );
    expect(pages[1]).toContain('Summary: Stop at least 24 h before procedures');
    expect(pages[3]).toContain('Page 4 of 4');
  });

  it('refuses a document past its review date', () => {
    const input = bookletInput({
      documents: [{ ...expiredDocument, kind: 'srd', summary: 'Expired.' }],
    });
    expect(checkBookletReadiness(input).map((problem) => problem.code)).toEqual([
      'document-expired',
    ]);
    expect(() => buildLibraryBooklet(input)).toThrow(/SRD-TRX-009 passed its review date/);
  });
});
