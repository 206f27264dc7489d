import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { signInAsDemoUser } from '../helpers/sign-in';

describe('the app in browser mode (real Chromium, real IndexedDB)', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(server.url);
    await signInAsDemoUser(page);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens with the demo data a new user sees within seconds of signing in', async () => {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('MedInfo Desk');
    expect(await page.getByTestId('user-menu').textContent()).toContain('Maja Lindqvist');
    await page.getByRole('navigation').getByRole('link', { name: 'Inquiries' }).click();
    const rows = page.getByTestId('inquiry-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    expect(await rows.first().textContent()).toMatch(/MI-\d{4}-[A-Z0-9]{3}-\d{6}/);
  });

  it('navigates with the menu and with the keyboard', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'Library', level: 2 }).waitFor();
    // The library lists approved, current documents by default (the search worker answers).
    await page.getByTestId('document-row').first().waitFor();
    expect(await page.getByTestId('document-row').count()).toBeGreaterThanOrEqual(20);
    await page.keyboard.press('Control+7');
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await page.keyboard.press('Control+1');
    await page.getByRole('heading', { name: 'Today', level: 2 }).waitFor();
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('keeps the store across a reload: no second seeding, settings persisted', async () => {
    await page.goto(`${server.url}/#/inquiries`);
    await page.getByTestId('inquiry-row').first().waitFor();
    const referencesBefore = await page.getByTestId('inquiry-reference').allTextContents();

    await page.goto(`${server.url}/#/settings`);
    await page.getByTestId('language-select').locator('..').click();
    await page.getByRole('option', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { name: 'Einstellungen', level: 2 }).waitFor();

    // A reload starts a new session: the store is locked again until someone signs in.
    await page.reload();
    await signInAsDemoUser(page);
    await page.getByRole('heading', { name: 'Einstellungen', level: 2 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Anfragen' }).click();
    await page.getByTestId('inquiry-row').first().waitFor();
    const referencesAfter = await page.getByTestId('inquiry-reference').allTextContents();
    expect(referencesAfter).toEqual(referencesBefore);

    // Back to English for the tests that follow.
    await page.goto(`${server.url}/#/settings`);
    await page.getByTestId('language-select').locator('..').click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
  });

  it('blocks an injected inline script with the CSP the app ships', async () => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const hasRun = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const image = document.createElement('div');
      image.innerHTML = '<img src="x" onerror="window.__injected = true">';
      document.body.append(image);
      await new Promise((done) => setTimeout(done, 200));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(hasRun).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });
});
