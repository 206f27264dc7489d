import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { demoPassword, signInAsDemoUser, switchToDemoUser } from '../helpers/sign-in';

const bundlePath = resolve('test/fixtures/library/velorix-bundle.json');

/** A demo inquiry about Cardivex from a physician, and its first question, read from IndexedDB. */
async function cardivexQuestion(page: Page): Promise<{ inquiryId: string; questionId: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('medinfo-desk');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(new Error(String(request.error)));
    });
    const all = <T>(store: string): Promise<T[]> =>
      new Promise((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result as T[]);
        request.onerror = () => fail(new Error(String(request.error)));
      });
    const products = await all<{ id: string; brandName: string }>('products');
    const cardivex = products.find((product) => product.brandName === 'Cardivex')?.id ?? '';
    type Row = {
      id: string;
      productIds: string[];
      questions: { id: string }[];
      requester: { type: string };
    };
    const inquiry = (await all<Row>('inquiries')).find(
      (row) => row.productIds.includes(cardivex) && row.requester.type === 'physician',
    );
    db.close();
    return { inquiryId: inquiry?.id ?? '', questionId: inquiry?.questions[0]?.id ?? '' };
  });
}

describe('the library in browser mode (real Chromium, real IndexedDB, the search worker)', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    // The demo content approver: importing is theirs.
    await signInAsDemoUser(page, 'claire.fontaine');
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.goto(`${server.url}/#/library`);
    await page.getByTestId('index-status').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports a bundle in one go, and a second import updates rather than duplicates', async () => {
    await page.getByTestId('bundle-file').setInputFiles(bundlePath);
    const message = page.getByTestId('transfer-message');
    await expect
      .poll(() => message.textContent())
      .toMatch(/Imported: 4 new, 0 updated and 0 unchanged documents; 1 products/);
    await page.getByTestId('bundle-file').setInputFiles(bundlePath);
    await expect.poll(() => message.textContent()).toMatch(/0 new, 0 updated and 4 unchanged/);
  });

  it('refuses a malformed bundle, naming the bad field, and imports nothing of it', async () => {
    const broken = {
      format: 'medinfo-library',
      version: 1,
      products: [{ id: 'p9', name: 'Brokenix', genericName: 'brokenin' }],
      documents: [
        {
          id: 'd9',
          kind: 'srd',
          title: 'Brokenix dosing',
          productIds: ['p9'],
          audience: 'hcp',
          language: 'en',
          version: '1.0',
          status: 'approved',
          effectiveDate: '2026-01-01',
          reviewDate: '01/01/2027',
          summary: 'x',
          body: 'y',
        },
      ],
    };
    await page.getByTestId('bundle-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect
      .poll(() => page.getByTestId('transfer-message').textContent())
      .toContain('broken.json: documents[0].reviewDate: expected a date as YYYY-MM-DD');
    await page.getByTestId('library-search').fill('brokenix');
    await page.getByTestId('no-results').waitFor();
  });

  it('finds a document by a misspelt drug name while typing, and opens it', async () => {
    const search = page.getByTestId('library-search');
    await search.fill('');
    await search.pressSequentially('zantarelni hepat', { delay: 40 });
    const first = page.getByTestId('result-title').first();
    await expect
      .poll(() => first.textContent())
      .toBe('Velorix (zantarelin): use in patients with hepatic impairment');
    expect(await page.locator('[data-testid="result-title"] mark').first().textContent()).toBe(
      'Velorix',
    );
    await page.getByTestId('document-row').first().click();
    const view = page.getByTestId('document-view');
    await view.getByTestId('document-title').waitFor();
    expect(await view.getByTestId('document-references').textContent()).toContain(
      'Okafor C, Brenner M, Dahl A. Pharmacokinetics of zantarelin in hepatic impairment. J Demo Clin Pharmacol. 2021;61(4):512-20.',
    );
    expect(await view.getByTestId('document-attachments').textContent()).toContain(
      'velorix-prescribing-information.pdf',
    );
    expect(await view.getByTestId('language-variants').textContent()).toContain('DE');
    expect(await view.getByTestId('version-history').textContent()).toContain('v2.0');
  });

  it('flags an expired document wherever it is shown', async () => {
    await page.getByTestId('filter-status').locator('..').click();
    await page.getByRole('option', { name: 'Approved, expired included' }).click();
    await page.getByTestId('library-search').fill('velorix bottle opened');
    const row = page.getByTestId('document-row').first();
    await expect.poll(() => row.getByTestId('availability-flag').textContent()).toBe('Expired');
    await row.click();
    await expect
      .poll(() => page.getByTestId('expiry-warning').textContent())
      .toMatch(/^Expired: the review date/);
    await page.getByTestId('review-tab').click();
    expect(await page.getByTestId('review-list').textContent()).toContain(
      'Velorix: how long can tablets',
    );
    await page.getByRole('tab', { name: 'Search' }).click();
  });

  it('never runs script or HTML from a document body', async () => {
    await page.getByTestId('library-search').fill('velorix excipients');
    await page.getByTestId('document-row').filter({ hasText: 'excipients and allergens' }).click();
    const body = page.getByTestId('document-body');
    await expect.poll(() => body.textContent()).toContain('They are free of gluten.');
    await body.getByText('A link').click();
    const injected = await page.evaluate(() => ({
      flag: (window as unknown as { __libraryXss?: string }).__libraryXss ?? null,
      scripts: document.querySelectorAll('[data-testid="document-body"] script').length,
      images: document.querySelectorAll('[data-testid="document-body"] img').length,
    }));
    expect(injected).toEqual({ flag: null, scripts: 0, images: 0 });
    expect(pageErrors).toEqual([]);
  });

  it('refuses an approval with a wrong password and signs it with the right one', async () => {
    const inReview = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('medinfo-desk');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(new Error(String(request.error)));
      });
      const rows = await new Promise<{ id: string; reference?: string }[]>((done, fail) => {
        const request = db.transaction('documents').objectStore('documents').getAll();
        request.onsuccess = () => done(request.result as { id: string; reference?: string }[]);
        request.onerror = () => fail(new Error(String(request.error)));
      });
      db.close();
      return rows.find((row) => row.reference === 'SRD-GLN-003-FR')?.id ?? '';
    });
    await page.goto(`${server.url}/#/library?document=${inReview}`);
    await page.getByTestId('approve-document').click();
    await page.getByRole('button', { name: 'Sign and approve' }).click();
    // The identity service asks for the password and names the signer and the meaning.
    const manifest = page.getByTestId('signature-manifest');
    expect(await manifest.textContent()).toContain('Claire Fontaine');
    // The first signing of a session takes both components: user ID and password (11.200).
    await page.getByRole('textbox', { name: 'User ID' }).fill('claire.fontaine');
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /password/i })
      .waitFor();
    expect(await page.getByTestId('approval-signature').count()).toBe(0);
    await page.getByRole('textbox', { name: 'Password' }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    const approval = page.getByTestId('approval-signature');
    await approval.waitFor();
    expect(await approval.textContent()).toContain('Claire Fontaine');
  });

  it('refuses an expired document for an inquiry question, and records a current one', async () => {
    await switchToDemoUser(page, 'maja.lindqvist');
    const { inquiryId, questionId } = await cardivexQuestion(page);
    await page.goto(`${server.url}/#/library?inquiry=${inquiryId}&question=${questionId}`);
    const picker = page.getByTestId('document-picker');
    await picker.getByTestId('library-search').fill('crushed');
    const expired = picker
      .getByTestId('document-row')
      .filter({ hasText: 'Can Cardivex tablets be split or crushed?' });
    await expect.poll(() => expired.getByTestId('availability-flag').textContent()).toBe('Expired');
    await expired.getByTestId('picker-use').click();
    await expect
      .poll(() => picker.getByTestId('picker-refusal').textContent())
      .toMatch(/expired on .* and cannot be sent/);
    await picker.getByTestId('library-search').fill('cardivex renal');
    const current = picker
      .getByTestId('document-row')
      .filter({ hasText: 'use in patients with renal impairment' })
      .first();
    await current.getByTestId('picker-use').click();
    await expect
      .poll(() => page.getByTestId('use-for-question').textContent())
      .toMatch(/is recorded as used for inquiry MI-/);
  });

  it('gives a field officer the library to read, with Ctrl+K focusing the search', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.keyboard.press('Control+k');
    await page.getByTestId('library-search').waitFor();
    expect(await page.getByTestId('import-bundle').count()).toBe(0);
    expect(await page.getByTestId('review-tab').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('library-search');
  });
});
