import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { signInAsDemoUser, switchToDemoUser } from '../helpers/sign-in';

const hostileQuestion =
  '=1+1 <img src=x onerror="window.__pwned=1"> Darf man es mörsern? 腎機能 مرحبا 🙂';

/** Draws a signature stroke across the pad with the mouse, as a person would. */
async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('The signature pad is not visible');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    const y = box.y + box.height / 2 + (step % 2 === 0 ? -30 : 30);
    await page.mouse.move(box.x + 30 + step * 25, y, { steps: 4 });
  }
  await page.mouse.up();
}

describe('booth capture to answered and exported (browser mode)', () => {
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
    await signInAsDemoUser(page);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets the congress in Settings', async () => {
    await page.goto(`${server.url}/#/settings`);
    await page.getByRole('button', { name: 'New event' }).click();
    const form = page.getByTestId('event-form');
    await form.getByLabel('Congress').fill('EAS Congress 2026');
    await form.getByLabel('City').fill('Wien');
    await form.getByLabel('Country code').fill('at');
    await form.getByLabel('First day').fill('2026-05-24');
    await form.getByLabel('Last day').fill('2026-05-27');
    await form.getByRole('button', { name: 'Save the event' }).click();
    await page.getByText('Wien (AT)').waitFor();
    await page.getByTestId('current-event-select').locator('..').click();
    await page.getByRole('option', { name: 'EAS Congress 2026' }).click();
    await page.goto(`${server.url}/#/booth`);
    await page.getByTestId('booth-event').getByText('EAS Congress 2026').waitFor();
  });

  it('keeps what was typed across a reload and offers it back', async () => {
    await page.getByRole('button', { name: 'Physician' }).press('Space');
    await page.getByLabel('Name', { exact: true }).pressSequentially('Dr. Lena Hofbauer');
    await page
      .getByLabel('Question 1', { exact: true })
      .pressSequentially('What is the dose of Trombexa in renal');
    // Reloaded at once: no pause for the 300 ms autosave, as when a lid closes mid-word.
    await page.reload();
    await signInAsDemoUser(page);
    await page.getByTestId('draft-offer').waitFor();
    await page.getByRole('button', { name: 'Continue it' }).press('Enter');
    await expect
      .poll(() => page.getByLabel('Name', { exact: true }).inputValue())
      .toBe('Dr. Lena Hofbauer');
    expect(await page.getByLabel('Question 1', { exact: true }).inputValue()).toBe(
      'What is the dose of Trombexa in renal',
    );
    // The country and language come from the event.
    expect(await page.getByLabel('Country').inputValue()).toBe('Austria (AT)');
  });

  it('captures two questions with the keyboard and the HCP signs on the pad', async () => {
    const question1 = page.getByLabel('Question 1', { exact: true });
    await question1.press('End');
    await question1.pressSequentially(' impairment?');
    await page.getByTestId('question-category-0').focus();
    await page.keyboard.type('Dosing');
    await page.getByRole('button', { name: 'Add a question' }).press('Enter');
    await page.getByLabel('Question 2', { exact: true }).pressSequentially(hostileQuestion);
    await page.getByTestId('question-category-1').focus();
    await page.keyboard.type('Formulation');
    await page.getByLabel('Institution').pressSequentially('LKH Graz');
    await page.getByLabel('E-mail').pressSequentially('lena.hofbauer@example.org');
    await page.getByLabel('Phone').pressSequentially('+43 316 0000 12');
    await page.getByRole('button', { name: 'Trombexa (skarixaban)' }).press('Space');
    await page.getByLabel('The requester has read the privacy notice').press('Space');
    await page.getByLabel('The requester agrees to be contacted with the answer').press('Space');
    for (const question of [/adverse event/, /product quality complaint/, /special situation/]) {
      await page
        .getByRole('group', { name: question })
        .getByRole('button', { name: 'No' })
        .press('Space');
    }
    await drawSignature(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByTestId('signature-state').getByText('Valid').waitFor();
    expect(await page.getByLabel('Phone').getAttribute('readonly')).not.toBeNull();

    // A change to a signed field needs a new signature; both stay on record.
    await page.getByRole('button', { name: 'Change signed details' }).click();
    await page.getByLabel('Phone').press('End');
    await page.getByLabel('Phone').pressSequentially('3');
    await page.getByText('No longer matches: the signed details changed').waitFor();
    await drawSignature(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('signature-state').allTextContents())
      .toEqual(['No longer matches: the signed details changed', 'Valid']);

    await page.keyboard.press('Control+Enter');
    const saved = await page.getByTestId('booth-saved').textContent({ timeout: 10_000 });
    reference = /MI-\d{4}-[A-Z0-9]{3}-\d{6}/.exec(saved ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
    // The next request starts at once, empty, with the event kept.
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Country').inputValue()).toBe('Austria (AT)');
  });

  it('lists it, shows it verbatim and never runs the markup', async () => {
    await page.goto(`${server.url}/#/inquiries`);
    await page.getByTestId('inquiry-search').fill('Hofbauer');
    const row = page.getByTestId('inquiry-row').filter({ hasText: reference });
    await row.waitFor();
    await expect.poll(() => page.getByTestId('inquiry-row').count()).toBe(1);
    await row.click();
    await page.getByRole('heading', { name: reference }).waitFor();
    const texts = await page.getByTestId('detail-question-text').allTextContents();
    expect(texts).toEqual(['What is the dose of Trombexa in renal impairment?', hostileQuestion]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.getByTestId('signature-entry').count()).toBe(2);
    expect(await page.getByTestId('history-row').count()).toBeGreaterThan(10);
  });

  it('moves through the workflow to answered', async () => {
    await page.getByTestId('move-in-progress').click();
    await page.getByTestId('detail-status').getByText('In progress').waitFor();
    expect(await page.getByTestId('move-answered').isDisabled()).toBe(true);
    await page.getByText('Record the response first.').waitFor();
    await page.getByTestId('record-response').click();
    await page.getByTestId('response-entry').waitFor();
    await page.getByTestId('move-answered').click();
    await page.getByTestId('detail-status').getByText('Answered').waitFor();
  });

  it('exports to CSV for a role allowed to, one row per question, formulas neutralised', async () => {
    await page.goto(`${server.url}/#/inquiries`);
    expect(await page.getByTestId('export-csv').isDisabled()).toBe(true); // field officer
    await switchToDemoUser(page, 'tobias.berger'); // an MI specialist may export
    await page.goto(`${server.url}/#/inquiries?q=Hofbauer`);
    await page.getByTestId('inquiry-row').filter({ hasText: reference }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^inquiries-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const [header = [], ...rows] = Papa.parse<string[]>(text.trimEnd()).data;
    const column = (name: string): number => header.indexOf(name);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row[column('Reference')])).toEqual([reference, reference]);
    expect(rows.map((row) => row[column('Status')])).toEqual(['Answered', 'Answered']);
    expect(rows.map((row) => row[column('Question no.')])).toEqual(['1', '2']);
    expect(rows.map((row) => row[column('Category')])).toEqual([
      'Dosing and administration',
      'Formulation and excipients',
    ]);
    expect(rows[1]?.[column('Question')]).toBe(`'${hostileQuestion}`);
    expect(rows[0]?.[column('Requester name')]).toBe('Dr. Lena Hofbauer');
    expect(rows[0]?.[column('Phone')]).toBe("'+43 316 0000 123");
    expect(rows[0]?.[column('Event')]).toBe('EAS Congress 2026');
    expect(rows[0]?.[column('Response sent as')]).toBe('E-mail');
  });
});
