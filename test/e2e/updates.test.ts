import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import packageJson from '../../package.json' with { type: 'json' };
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';
import { signInAsDemoUser } from '../helpers/sign-in';

describe('updates in browser mode', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(server.url);
    await signInAsDemoUser(page);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows no update banner: the page is whatever the server delivers', async () => {
    // The banner follows the readiness report, which waits for the outbox count.
    await page
      .getByTestId('pending-sync')
      .getByText(/waiting to sync/)
      .waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('update-notice').count()).toBe(0);
  });

  it('says in Settings which version runs and that browser mode installs nothing', async () => {
    await page.goto(`${server.url}/#/settings`);
    const card = page.getByTestId('updates-card');
    await card.waitFor();
    expect(await card.getByText(`Installed version: ${packageJson.version}`).count()).toBe(1);
    expect(await page.getByTestId('update-state').textContent()).toBe(
      'Browser mode installs nothing: reload the page to run the newest version the server offers.',
    );
    expect(await card.getByRole('button', { name: 'Restart and install' }).isDisabled()).toBe(true);
    expect(await card.getByRole('radio', { name: 'Stable' }).isDisabled()).toBe(true);
  });
});
