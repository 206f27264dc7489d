import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { demoInquiries } from '../../src/renderer/src/data/demo';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { signInAsDemoUser, switchToDemoUser } from '../helpers/sign-in';

/** What the demo data should show: counted inquiries (no drafts or duplicates), from the data. */
const counted = demoInquiries.filter(
  (inquiry) => inquiry.status !== 'draft' && inquiry.status !== 'duplicate',
);
const glyconorCount = counted.filter((inquiry) => inquiry.products.includes('glyconor')).length;
const boothCount = counted.filter((inquiry) => inquiry.isAtEvent).length;
const folder = mkdtempSync(join(tmpdir(), 'insights-e2e-'));

async function saved(download: Download, name: string): Promise<string> {
  const path = join(folder, name);
  await download.saveAs(path);
  return path;
}

async function kpi(page: Page, id: string): Promise<string> {
  return (await page.getByTestId(`kpi-${id}`).getByTestId('kpi-value').textContent()) ?? '';
}

describe('insights in browser mode (real Chromium, demo data)', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(server.url);
    await signInAsDemoUser(page);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps exports from a field officer, whose laptop must not hold bulk files', async () => {
    await page.goto(`${server.url}/#/insights`);
    await page.getByTestId('insights-dashboard').waitFor();
    await page.getByText('Your role does not allow exports.').waitFor();
    expect(await page.getByRole('button', { name: /as Excel/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Event report as PDF' }).isDisabled()).toBe(true);
  });

  it('shows the demo data in charts with table views and links to the inquiries', async () => {
    await switchToDemoUser(page, 'tobias.berger'); // the demo MI specialist may export
    await page.goto(`${server.url}/#/insights`);
    await page.getByTestId('insights-dashboard').waitFor();
    expect(Number(await kpi(page, 'inquiries'))).toBe(counted.length);
    const chart = page.getByRole('figure', { name: /Inquiries by product and category: chart/ });
    await chart.waitFor();
    // Keyboard access: Tab from the card's last button (its Excel export) reaches the chart, and
    // the arrow keys move between its values, each described for screen readers ("Inquiries; 2").
    await page
      .getByTestId('figure-productCategory')
      .getByRole('button', { name: /as Excel/ })
      .focus();
    await page.keyboard.press('Tab');
    expect(await chart.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => chart.locator('[id^="voiceover"]').first().textContent())
      .toMatch(/^Inquiries; \d+$/);
    const card = page.getByTestId('figure-countries');
    await card.getByRole('button', { name: 'Table' }).click();
    const rows = card.getByTestId('figure-row');
    expect(await rows.first().textContent()).toMatch(/^DE\d+/);
    await rows
      .first()
      .getByRole('link', { name: /Show the \d+ inquiries/ })
      .click();
    await page.waitForURL(
      /#\/inquiries\?ids=[0-9a-f-]{36}(,[0-9a-f-]{36})*&from=\d{4}-\d\d-\d\d&to=/,
    );
    await page.goBack();
  });

  it('changes the figures when a filter is chosen', async () => {
    await page.getByTestId('insights-dashboard').waitFor();
    await page.getByTestId('filter-product').locator('..').click();
    await page.getByRole('option', { name: 'Glyconor' }).click();
    await page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="kpi-inquiries"] [data-testid="kpi-value"]')
          ?.textContent === String(expected),
      glyconorCount,
    );
    const card = page.getByTestId('figure-productCategory');
    await card.getByRole('button', { name: 'Table' }).click();
    const products = await card
      .getByTestId('figure-row')
      .locator('td:first-child')
      .allTextContents();
    expect(products.length).toBeGreaterThan(0);
    expect(new Set(products)).toEqual(new Set(['Glyconor']));
  });

  it('exports a view as CSV with exactly the table it shows', async () => {
    const card = page.getByTestId('figure-productCategory');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Export Inquiries by product and category as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^inquiries-by-product-and-category-\d{4}-\d\d-\d\d\.csv$/,
    );
    const csv = readFileSync(await saved(download, 'figure.csv'), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Product,Category,Inquiries');
    const shown = await card.getByTestId('figure-row').evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')]
          .slice(0, 3)
          .map((cell) => cell.textContent)
          .join(','),
      ),
    );
    expect(lines.slice(1)).toEqual(shown);
  });

  it('generates the event report of the congress as a PDF with its figures', async () => {
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.getByTestId('event-report-event').locator('..').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Event report as PDF' }).click(),
    ]);
    const text = execFileSync('pdftotext', ['-layout', await saved(download, 'event.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Event report: ESC Congress 2026, Munich');
    expect(text).toContain('Booth: Hall B2, booth 214');
    expect(text).toMatch(
      new RegExp(`^\\s*${boothCount}\\s+\\d+\\s+\\d+\\s+\\d+\\s*\\n\\s*Inquiries captured`, 'm'),
    );
    expect(text).toContain('Inquiries by product and category');
    expect(text).toContain('Cardivex');
  });
});
