import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { conformanceProblems } from '../helpers/e2b-conformance';
import { drawSignature } from '../helpers/signature-pad';
import { signInAsDemoUser, switchToDemoUser } from '../helpers/sign-in';

const reaction = 'Since she started Cardivex she came out in an itchy rash on both arms.';
const meddraFolder = resolve('test/fixtures/meddra');

/**
 * The safety path of issue 7 in browser mode (real Chromium, real IndexedDB, the built
 * renderer): an inquiry whose text mentions a reaction is flagged while typed at the booth, the
 * officer opens an AE report from it (Day 0 = the inquiry's receipt), fills the minimum criteria,
 * sees the countdown, saves the CIOMS PDF and finds the report in the reconciliation report;
 * then MedDRA is imported, the reaction coded and the E2B(R3) message saved; forwarding, PV's
 * acknowledgement and the reconciliation complete the life cycle.
 */
describe('safety reports in browser mode', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'safety-e2e-'));

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
    rmSync(downloads, { recursive: true, force: true });
  });

  async function download(trigger: () => Promise<void>): Promise<{ name: string; path: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
    const path = join(downloads, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), path };
  }

  let inquiryReference = '';
  let receivedText = '';
  let reference = '';
  let reportUrl = '';

  it('flags the reaction while the booth question is typed, and saves the inquiry', async () => {
    await page.goto(`${server.url}/#/booth`);
    await page.getByRole('button', { name: 'Physician' }).press('Space');
    await page.getByLabel('Name', { exact: true }).pressSequentially('Dr. Jana Novak');
    const question = page.getByLabel('Question 1', { exact: true });
    await question.pressSequentially(reaction);
    const signals = page.getByTestId('screening-signals').first();
    await signals.waitFor();
    expect(await signals.locator('mark').allTextContents()).toContain('rash');
    await page.getByTestId('booth-screening-summary').waitFor();

    await page.getByTestId('question-category-0').focus();
    await page.keyboard.type('Safety');
    await page.getByLabel('E-mail').pressSequentially('jana.novak@example.org');
    await page.getByRole('button', { name: 'Cardivex (halvastatin)' }).press('Space');
    await page.getByLabel('The requester has read the privacy notice').press('Space');
    await page
      .getByRole('group', { name: /adverse event/ })
      .getByRole('button', { name: 'Yes' })
      .press('Space');
    for (const topic of [/product quality complaint/, /special situation/]) {
      await page
        .getByRole('group', { name: topic })
        .getByRole('button', { name: 'No' })
        .press('Space');
    }
    await drawSignature(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByTestId('signature-state').getByText('Valid').waitFor();
    await page.keyboard.press('Control+Enter');
    const saved = await page.getByTestId('booth-saved').textContent({ timeout: 10_000 });
    inquiryReference = /MI-\d{4}-[A-Z0-9]{3}-\d{6}/.exec(saved ?? '')?.[0] ?? '';
    expect(inquiryReference).not.toBe('');
  });

  it('shows the forwarding countdown on the inquiry until a report is opened from it', async () => {
    await page.getByRole('link', { name: 'Open', exact: true }).click();
    await page.getByRole('heading', { name: inquiryReference }).waitFor();
    const unreported = page.getByTestId('inquiry-safety-unreported');
    await unreported.waitFor();
    expect(await unreported.getByTestId('forwarding-countdown').getAttribute('data-state')).toMatch(
      /^(pending|due-soon)$/,
    );
    receivedText =
      (await page
        .getByTestId('summary-card')
        .locator('dt:text-is("Received") + dd')
        .textContent()) ?? '';
    expect(receivedText).not.toBe('');
    await page.getByTestId('open-ae-report').click();
  });

  it('opens an AE report with Day 0 at the inquiry’s receipt and the minimum criteria to fill', async () => {
    await page.getByRole('heading', { name: 'New AE report', level: 2 }).waitFor();
    expect(await page.getByTestId('day-zero').textContent()).toBe(receivedText);
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
    // No MedDRA release on this device yet: the reaction stays verbatim.
    expect(await page.getByTestId('meddra-coding').textContent()).toContain('Not coded');

    await page.getByTestId('save-report').click();
    await page.getByTestId('safety-report-reference').waitFor();
    reference = (await page.getByTestId('safety-report-reference').textContent()) ?? '';
    expect(reference).toMatch(/^SR-\d{4}-[A-Z2-9]{3}-\d{6}$/);
    reportUrl = page.url();
    const countdown = page.getByTestId('forwarding-countdown');
    expect(await countdown.getAttribute('data-state')).toMatch(/^(pending|due-soon)$/);
    expect(await countdown.textContent()).toMatch(/Forward within|Due in/);
    expect(await page.getByTestId('day-zero').textContent()).toBe(receivedText);
  });

  it('refuses an impossible date under its field', async () => {
    await page.getByTestId('event-0-onset').fill('2999-01-01');
    await page.getByTestId('save-report').click();
    await page.getByText('The reaction cannot start after it was reported').waitFor();
    await page.getByTestId('event-0-onset').fill('');
    await page.getByTestId('save-report').click();
    await page.getByText('Saved', { exact: true }).waitFor();
  });

  it('saves the CIOMS PDF, and offers no E2B message for an uncoded case', async () => {
    const file = await download(() => page.getByTestId('save-cioms').click());
    expect(file.name).toBe(`CIOMS-${reference}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', file.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('CIOMS FORM');
    expect(text).toContain('itchy rash on both arms <b>&</b>');
    expect(text).toContain('Cardivex 20 mg');

    await page.getByTestId('save-e2b').click();
    await page.getByTestId('e2b-outcome').waitFor();
    expect(await page.getByTestId('e2b-missing').allTextContents()).toEqual([
      'MedDRA coding of every reaction',
    ]);
  });

  it('lists the report with its countdown on the inquiry and on the home screen', async () => {
    await page.goto(`${server.url}/#/inquiries`);
    await page.getByTestId('inquiry-row').filter({ hasText: inquiryReference }).click();
    const linked = page.getByTestId('inquiry-safety-report');
    await linked.waitFor();
    expect(await linked.textContent()).toContain(reference);
    expect(await linked.getByTestId('forwarding-countdown').getAttribute('data-state')).toMatch(
      /^(pending|due-soon)$/,
    );
    expect(await page.getByTestId('inquiry-safety-unreported').count()).toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    const row = page.getByTestId('safety-due-row').filter({ hasText: reference });
    await row.waitFor();
    expect(await row.getByTestId('forwarding-countdown').isVisible()).toBe(true);
  });

  it('lists the report in the safety list and in the reconciliation report', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Safety' }).click();
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

  it('lets an administrator import the company’s MedDRA release in Settings', async () => {
    await switchToDemoUser(page, 'sven.aas');
    await page.goto(`${server.url}/#/settings`);
    expect(await page.getByTestId('meddra-release-current').textContent()).toBe(
      'No MedDRA release on this device.',
    );
    await page
      .getByTestId('meddra-files')
      .setInputFiles(
        ['llt.asc', 'pt.asc', 'meddra_release.asc'].map((name) => join(meddraFolder, name)),
      );
    await page.getByTestId('meddra-import-outcome').getByText('MedDRA 25.0 imported.').waitFor();
    expect(await page.getByTestId('meddra-release-current').textContent()).toMatch(
      /^MedDRA 25\.0 \(English\): 13 lowest level terms, 11 preferred terms/,
    );
  });

  it('codes the reaction LLT → PT and saves a conformant E2B(R3) message', async () => {
    await switchToDemoUser(page, 'maja.lindqvist');
    await page.goto(reportUrl);
    await page.getByTestId('safety-report-reference').waitFor();
    await page.getByTestId('event-0-meddra').click();
    await page.getByRole('option', { name: /Rash pruritic/ }).click();
    expect(await page.getByTestId('meddra-coding').textContent()).toBe(
      'PT Rash pruritic (fixture name) (10036805) · LLT Rash pruritic (fixture name) (10036805) · MedDRA 25.0',
    );
    await page.getByTestId('save-report').click();
    await page.getByText('Saved', { exact: true }).waitFor();

    const file = await download(() => page.getByTestId('save-e2b').click());
    expect(file.name).toBe(`E2B-${reference}.xml`);
    const xml = readFileSync(file.path, 'utf8');
    expect(conformanceProblems(xml)).toEqual([]);
    expect(xml).toMatch(
      /code="10036805" codeSystem="2\.16\.840\.1\.113883\.6\.163" codeSystemVersion="25\.0"/,
    );
    expect(xml).toContain('itchy rash on both arms &lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('logs a follow-up attempt on the report', async () => {
    await page.getByTestId('log-attempt').click();
    await page.getByTestId('attempt-note').fill('Left a voicemail for Dr. Novak');
    await page.getByTestId('attempt-confirm').click();
    const attempt = page.getByTestId('follow-up-attempt');
    await attempt.waitFor();
    expect(await attempt.textContent()).toContain('Telephone · No response');
    expect(await attempt.textContent()).toContain('Left a voicemail for Dr. Novak');
  });

  it('freezes the report once forwarded, then records PV’s acknowledgement and the reconciliation', async () => {
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
    expect(await page.getByTestId('lifecycle-forwarded').textContent()).toContain(
      'msg-4711@pv.example',
    );

    await page.getByTestId('record-acknowledgement').click();
    await page.getByTestId('pv-case-id').fill('PV-2026-000123');
    await page.getByTestId('pv-action-confirm').click();
    await page.getByTestId('lifecycle-acknowledged').getByText('PV case PV-2026-000123').waitFor();
    await page.getByTestId('record-reconciliation').click();
    await page.getByTestId('pv-action-confirm').click();
    await expect
      .poll(() => page.getByTestId('lifecycle').getAttribute('data-status'))
      .toBe('reconciled');

    await page.getByRole('navigation').getByRole('link', { name: 'Safety' }).click();
    const csv = await download(() => page.getByTestId('reconciliation-csv').click());
    const line = readFileSync(csv.path, 'utf8')
      .split('\r\n')
      .find((row) => row.startsWith(reference));
    expect(line).toContain('PV-2026-000123');
  });
});
