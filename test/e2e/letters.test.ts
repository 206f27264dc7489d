import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { flatten, pdfText } from '../helpers/pdf-text';
import { demoPassword, signInAsDemoUser } from '../helpers/sign-in';

/** The text of a downloaded PDF, as pdftotext reads it, on one line. */
async function downloadedText(download: Download): Promise<string> {
  return flatten(await pdfText(await readFile(await download.path())));
}

describe('writing, previewing, signing and sending a letter from an inquiry (browser mode)', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await page.goto(server.url);
    // The MI specialist the demo inquiry is assigned to.
    await signInAsDemoUser(page, 'tobias.berger');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the letter of a demo inquiry in the requester’s language, ready to generate', async () => {
    await page.goto(`${server.url}/#/inquiries?q=de%20Vries`);
    const row = page.getByTestId('inquiry-row').first();
    await row.waitFor();
    reference = (await row.getByTestId('inquiry-reference').textContent()) ?? '';
    expect(reference).toMatch(/^MI-\d{4}-[A-Z0-9]{3}-\d{6}$/);
    await row.click();
    await page.getByRole('heading', { name: reference }).waitFor();
    await page.getByTestId('write-letter').click();
    const dialog = page.getByTestId('letter-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('letter-language').textContent()).toBe(
      'Written in English, the requester’s preferred language.',
    );
    expect(await dialog.getByTestId('letter-problems').count()).toBe(0);
    expect(await dialog.textContent()).toContain('SRD-GLN-003');
  });

  it('says what is missing before generating: a postal letter needs an address', async () => {
    const dialog = page.getByTestId('letter-dialog');
    await dialog.getByRole('combobox', { name: 'Send by' }).click();
    await page.getByRole('option', { name: 'Letter' }).click();
    await dialog.getByTestId('letter-problems').waitFor();
    expect(await dialog.getByTestId('letter-problems').textContent()).toContain(
      'The letter goes by post and the recipient has no postal address.',
    );
    expect(await dialog.getByTestId('letter-preview-button').isDisabled()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Send by' }).click();
    await page.getByRole('option', { name: 'E-mail' }).click();
    await expect.poll(() => dialog.getByTestId('letter-problems').count()).toBe(0);
  });

  it('previews the letter in the app and downloads it as a draft', async () => {
    const dialog = page.getByTestId('letter-dialog');
    await dialog.getByTestId('letter-preview-button').click();
    const preview = dialog.getByTestId('letter-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    expect(Number(await preview.getAttribute('data-pdf-bytes'))).toBeGreaterThan(10_000);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByTestId('letter-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${reference}-en.pdf`);
    const text = await downloadedText(download);
    expect(text).toContain(`Our reference ${reference}`);
    expect(text).toContain('Dear Dr. Sanne de Vries,');
    expect(text).toContain('Hospitalisation for heart failure, a prespecified secondary endpoint');
    expect(text).toContain('DRAFT');
    expect(text).not.toContain('Electronically signed by');
  });

  it('signs to send: the PDF carries the signature, the e-mail draft is saved beside it', async () => {
    const dialog = page.getByTestId('letter-dialog');
    await dialog.getByTestId('letter-send').click();
    const signing = page.getByRole('dialog', { name: 'Electronic signature' });
    await signing.waitFor();
    const userId = signing.getByRole('textbox', { name: 'User ID' });
    if (await userId.isVisible()) await userId.fill('tobias.berger');
    await signing.getByRole('textbox', { name: 'Password' }).fill(demoPassword);
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await signing.getByRole('button', { name: 'Sign' }).click();
    await dialog.getByTestId('letter-confirm-email').waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length).toBe(2);
    const [pdf, eml] = downloads;
    if (!pdf || !eml) throw new Error('Expected the PDF and the e-mail draft');
    expect(pdf.suggestedFilename()).toBe(`${reference}-en.pdf`);
    expect(eml.suggestedFilename()).toBe(`${reference}-en.eml`);
    // Kept for a look at the page (pdftoppm -png out/e2e-letters/signed-letter.pdf).
    await pdf.saveAs('out/e2e-letters/signed-letter.pdf');
    const text = await downloadedText(pdf);
    expect(text).toContain(`Our reference ${reference}`);
    expect(text).toContain('Electronically signed by: Dr. Tobias Berger');
    expect(text).toContain(
      'Meaning of the signature: Responsible for this response: prepared from approved content and released to the requester',
    );
    expect(text).not.toContain('DRAFT');
    const message = (await readFile(await eml.path())).toString('utf8');
    expect(message).toContain('To: "Dr. Sanne de Vries" <sanne.devries@example.org>');
    expect(message).toContain('X-Unsent: 1');
    expect(message).toContain(`filename="${reference}-en.pdf"`);
    page.removeAllListeners('download');
  });

  it('records the response as sent, with the SRD used, once the officer confirms the e-mail', async () => {
    const dialog = page.getByTestId('letter-dialog');
    await dialog.getByTestId('letter-confirm-email').click();
    await dialog.getByTestId('letter-sent').waitFor();
    await dialog.getByTestId('letter-close').click();
    const entry = page.getByTestId('response-entry').last();
    await entry.getByTestId('response-letter').waitFor();
    expect(await entry.textContent()).toContain('E-mail');
    expect(await entry.getByTestId('response-document').allTextContents()).toEqual(['SRD-GLN-003']);
    expect(await entry.getByTestId('response-letter').textContent()).toMatch(
      /^Signed letter in en · PDF SHA-256 [0-9a-f]{16}$/,
    );
  });

  it('batches an event’s answered inquiries into one zip, saying which cannot be generated', async () => {
    await page.goto(`${server.url}/#/letters`);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('batch-generate').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^letters-.+-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    // The demo's one answered booth inquiry asks in German about an SRD approved in English
    // only: the batch never picks another language for the officer, it says so.
    expect(Object.keys(zip.files)).toEqual(['problems.txt']);
    expect(await zip.file('problems.txt')?.async('string')).toMatch(
      /^MI-\d{4}-[A-Z0-9]{3}-\d{6}: No approved, current variant in "de" of SRD-CDX-003, SRD-CDX-005: choose the letter's language on the inquiry's letter screen\.$/,
    );
    await page.getByTestId('batch-result').waitFor();
    expect(await page.getByTestId('batch-result').textContent()).toBe(
      `0 letters saved in ${download.suggestedFilename()}. 1 inquiries could not be generated; the zip lists why in problems.txt.`,
    );
  });
});
