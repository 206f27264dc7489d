import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { flatten, pdfText } from '../helpers/pdf-text';
import {
  demoPassword,
  signInAsDemoUser,
  switchToDemoUser,
  type DemoUsername,
} from '../helpers/sign-in';

const addedSentence = 'In your mother’s case, please ask her diabetes nurse before the next dose.';

/** Signs the open e-signature dialog as the signed-in person. */
async function signAs(page: Page, username: DemoUsername): Promise<void> {
  const signing = page.getByRole('dialog', { name: 'Electronic signature' });
  await signing.waitFor();
  const userId = signing.getByRole('textbox', { name: 'User ID' });
  if (await userId.isVisible()) await userId.fill(username);
  await signing.getByRole('textbox', { name: 'Password' }).fill(demoPassword);
  await signing.getByRole('button', { name: 'Sign' }).click();
}

describe('a custom response: edited approved text is reviewed by a specialist before it is sent', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;
  let inquiryUrl = '';

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await page.goto(server.url);
    await signInAsDemoUser(page, 'maja.lindqvist');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('turns "Sign and send" into "Submit for review" once the officer edits the text', async () => {
    await page.goto(`${server.url}/#/inquiries?q=Fern%C3%A1ndez`);
    await page.getByTestId('inquiry-row').first().click();
    await page.getByTestId('write-letter').waitFor();
    inquiryUrl = page.url();
    await page.getByTestId('write-letter').click();
    const dialog = page.getByTestId('letter-dialog');
    await dialog.getByTestId('letter-send').waitFor();
    await dialog.getByTestId('letter-edit-text').click();
    const text = dialog.getByTestId('letter-answer-text');
    await text.fill(`${await text.inputValue()}\n\n${addedSentence}`);
    await dialog.getByTestId('letter-custom').waitFor();
    expect(await dialog.getByTestId('letter-send').count()).toBe(0);
    await dialog.getByTestId('letter-submit-review').click();
    await dialog.getByTestId('letter-submitted').waitFor();
    await dialog.getByTestId('letter-close').click();
    const custom = page.getByTestId('custom-response');
    expect(await custom.getAttribute('data-status')).toBe('awaiting-review');
    expect(await custom.textContent()).toContain('An MI specialist reviews custom responses.');
  });

  it('is reviewed and signed by an MI specialist, who sees the edited text', async () => {
    await switchToDemoUser(page, 'tobias.berger');
    await page.goto(inquiryUrl);
    const custom = page.getByTestId('custom-response');
    await custom.waitFor();
    expect(await custom.textContent()).toContain(addedSentence);
    await custom.getByTestId('review-custom-response').click();
    await signAs(page, 'tobias.berger');
    await expect.poll(() => custom.getAttribute('data-status')).toBe('reviewed');
  });

  it('goes out with the review and the sending signature printed on it', async () => {
    await switchToDemoUser(page, 'maja.lindqvist');
    await page.goto(inquiryUrl);
    await page.getByTestId('write-letter').click();
    const dialog = page.getByTestId('letter-dialog');
    await dialog.getByTestId('letter-custom').waitFor();
    expect(await dialog.getByTestId('letter-custom').textContent()).toBe(
      'An MI specialist reviewed this custom response: it can be sent.',
    );
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await dialog.getByTestId('letter-send').click();
    await signAs(page, 'maja.lindqvist');
    await dialog.getByTestId('letter-confirm-email').waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length).toBe(2);
    const pdf = downloads[0];
    if (!pdf) throw new Error('Expected the PDF');
    const text = flatten(await pdfText(await readFile(await pdf.path())));
    expect(text).toContain(addedSentence);
    expect(text).toContain('Electronically signed by: Dr. Tobias Berger');
    expect(text).toContain(
      'Meaning of the signature: Reviewed this custom response and approved it for sending',
    );
    expect(text).toContain('Electronically signed by: Maja Lindqvist');
    expect(text).not.toContain('NOT REVIEWED');
    await dialog.getByTestId('letter-confirm-email').click();
    await dialog.getByTestId('letter-sent').waitFor();
    await dialog.getByTestId('letter-close').click();
    await expect
      .poll(() => page.getByTestId('custom-response').getAttribute('data-status'))
      .toBe('sent');
    expect(await page.getByTestId('response-letter').last().textContent()).toMatch(
      /^Signed letter in en · PDF SHA-256 [0-9a-f]{16}$/,
    );
  });
});
