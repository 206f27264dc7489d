import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { signInAsDemoUser } from '../helpers/sign-in';

/**
 * The safety flow in browser mode (real Chromium, real IndexedDB, the built renderer): capture
 * an AE report meeting the four minimum criteria, see the forwarding countdown, save the CIOMS
 * PDF, and find the report in the reconciliation report.
 */
describe('safety reports in browser mode', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'safety-e2e-'));

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    await page.goto(server.url);
    await signInAsDemoUser(page);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  async function download(trigger: () => Promise<void>): Promise<{ name: string; path: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
    const path = join(downloads, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), path };
  }

  let reference = '';

  it('captures an AE report that meets the minimum criteria and shows its countdown', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Safety' }).click();
    await page.getByRole('heading', { name: 'Safety reports', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'New AE report' }).click();
    await page.getByRole('heading', { name: 'New AE report', level: 2 }).waitFor();
    expect(await page.getByTestId('completeness-summary').getAttribute('data-valid')).toBe('false');

    await page.getByRole('combobox', { name: 'Qualification' }).click();
    await page.getByRole('option', { name: 'Physician' }).click();
    await page.getByTestId('reporter.country').fill('DE');
    await page.getByTestId('personal.patient.initials').fill('KM');
    await page.getByTestId('add-product').click();
    await page.getByTestId('product-0-name').fill('Cardivex 20 mg');
    await page.getByTestId('add-event').click();
    await page.getByTestId('event-0-verbatim').fill('itchy rash on both arms <b>&</b>');
    expect(await page.getByTestId('completeness-summary').getAttribute('data-valid')).toBe('true');

    await page.getByTestId('save-report').click();
    await page.getByTestId('safety-report-reference').waitFor();
    reference = (await page.getByTestId('safety-report-reference').textContent()) ?? '';
    expect(reference).toMatch(/^SR-\d{4}-[A-Z2-9]{3}-\d{6}$/);
    const countdown = page.getByTestId('forwarding-countdown');
    expect(await countdown.getAttribute('data-state')).toMatch(/^(pending|due-soon)$/);
    expect(await countdown.textContent()).toMatch(/Forward within|Due in/);
  });

  it('refuses an impossible date under its field', async () => {
    await page.getByTestId('event-0-onset').fill('2999-01-01');
    await page.getByTestId('save-report').click();
    await page.getByText('The reaction cannot start after it was reported').waitFor();
    await page.getByTestId('event-0-onset').fill('');
    await page.getByTestId('save-report').click();
    await page.getByText('Saved', { exact: true }).waitFor();
  });

  it('saves the CIOMS PDF with the case in it', async () => {
    const file = await download(() => page.getByTestId('save-cioms').click());
    expect(file.name).toBe(`CIOMS-${reference}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', file.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('CIOMS FORM');
    expect(text).toContain('itchy rash on both arms <b>&</b>');
    expect(text).toContain('Cardivex 20 mg');
  });

  it('lists the report in the safety list and in the reconciliation report', async () => {
    await page.getByRole('link', { name: 'All safety reports' }).click();
    await page.getByTestId('safety-report-row').first().waitFor();
    expect(await page.getByTestId('safety-report-row').first().textContent()).toContain(reference);
    const csv = await download(() => page.getByTestId('reconciliation-csv').click());
    const content = readFileSync(csv.path, 'utf8');
    expect(content.startsWith('\uFEFFReference,Type,Follow-up,Day 0')).toBe(true);
    expect(content).toContain(reference);
    const pdf = await download(() => page.getByTestId('reconciliation-pdf').click());
    expect(execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' })).toContain(
      reference,
    );
  });

  it('freezes the report once forwarding is recorded', async () => {
    await page.getByRole('link', { name: reference }).click();
    await page.getByTestId('record-forwarding').click();
    await page.getByTestId('forwarding-reference').fill('msg-4711@pv.example');
    await page.getByTestId('forwarding-confirm').click();
    await page
      .getByText('This report was forwarded and cannot change.', { exact: false })
      .first()
      .waitFor();
    expect(await page.getByTestId('forwarding-countdown').getAttribute('data-state')).toBe(
      'on-time',
    );
    expect(await page.getByTestId('save-report').count()).toBe(0);
  });
});
