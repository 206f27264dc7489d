import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchChromium, serveRenderer } from '../helpers/browser';

/*
 * Accounts, roles, e-signatures, user switch and the idle lock in browser mode: real Chromium,
 * real IndexedDB, the real Argon2id cost. One page walks through the story in order.
 */

const admin = { name: 'Ada Brennan', username: 'ada.brennan', password: 'first-laptop-owner-2026' };
const colleague = { name: 'Ben Okafor', username: 'ben.okafor', password: 'second-on-this-laptop' };

async function fillAccountForm(page: Page, person: typeof admin): Promise<void> {
  await page.getByRole('textbox', { name: 'Full name' }).fill(person.name);
  await page.getByRole('textbox', { name: 'User ID' }).fill(person.username);
  await page
    .getByRole('textbox', { name: /password/i })
    .first()
    .fill(person.password);
  await page.getByRole('textbox', { name: 'The same password again' }).fill(person.password);
}

describe('accounts and signatures in browser mode', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
    page = await browser.newPage();
    // A controllable clock: the idle lock is tested by moving time, not by waiting ten minutes.
    await page.clock.install();
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates the first account on the first run and signs the person in', async () => {
    await page.getByRole('heading', { name: 'Welcome to MedInfo Desk' }).waitFor();
    await fillAccountForm(page, admin);
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('user-menu').textContent()).toContain(admin.name);
  });

  it('refuses the e-signature of a new account’s role with a wrong password, accepts the right one', async () => {
    await page.goto(`${server.url}/#/settings/users`);
    await page.getByRole('button', { name: 'New account' }).click();
    const form = page.getByRole('dialog', { name: 'New account' });
    await fillAccountForm(page, colleague);
    await form.getByRole('button', { name: 'Create account' }).click();
    const signing = page.getByRole('dialog', { name: 'Electronic signature' });
    await signing.waitFor();
    expect(await signing.getByTestId('signature-manifest').textContent()).toContain(
      `Signed by ${admin.name}`,
    );
    await signing.getByRole('textbox', { name: 'User ID' }).fill(admin.username);
    await signing.getByRole('textbox', { name: 'Password' }).fill('not my password at all');
    await signing.getByRole('button', { name: 'Sign' }).click();
    await signing.getByRole('alert').waitFor({ timeout: 30_000 });
    expect(await signing.getByRole('alert').textContent()).toContain(
      'The user ID or password is wrong.',
    );
    expect(await page.getByTestId('account-row').count()).toBe(1);
    await signing.getByRole('textbox', { name: 'Password' }).fill(admin.password);
    await signing.getByRole('button', { name: 'Sign' }).click();
    await page.getByTestId('account-row').nth(1).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('account-row').allTextContents()).toEqual([
      expect.stringContaining(admin.username),
      expect.stringContaining(colleague.username),
    ]);
  });

  it('switches user: the colleague signs in with their own password', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Switch user' }).click();
    await page.getByTestId(`account-${colleague.username}`).click();
    await page.getByRole('textbox', { name: 'Password' }).fill(colleague.password);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('user-menu').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('user-menu').textContent()).toContain(colleague.name);
    // A field officer does not manage accounts.
    await page.goto(`${server.url}/#/settings/users`);
    await page.getByText('Only those who manage this laptop’s accounts see them here.').waitFor();
  });

  it('locks after the idle time, shows nothing of the session, and unlocks where it was', async () => {
    await page.goto(`${server.url}/#/settings/security`);
    await page.getByRole('heading', { name: 'Password and lock', level: 2 }).waitFor();
    await page.clock.fastForward('10:30');
    await page.getByRole('heading', { name: 'Locked' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.locator('body').textContent()).toContain(`${colleague.name} was signed in`);
    await page.getByRole('textbox', { name: 'Password' }).fill(colleague.password);
    await page.getByTestId('sign-in').click();
    await page
      .getByRole('heading', { name: 'Password and lock', level: 2 })
      .waitFor({ timeout: 30_000 });
  });

  it('locks at once on Ctrl+L, and backs off after repeated wrong passwords', async () => {
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: 'Locked' }).waitFor();
    const password = page.getByRole('textbox', { name: 'Password' });
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await password.fill(`wrong guess ${attempt}`);
      await page.getByTestId('sign-in').click();
      // The form empties the field once the attempt was checked and refused.
      await expect.poll(() => password.inputValue(), { timeout: 30_000 }).toBe('');
    }
    await page.getByText(/Try again in [12] seconds?\./).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'The user ID or password is wrong.',
    );
    await page.getByRole('textbox', { name: 'Password' }).fill(colleague.password);
    expect(await page.getByTestId('sign-in').isDisabled()).toBe(true);
    await page.clock.fastForward('00:03');
    await page.getByTestId('sign-in').click();
    await page.getByTestId('user-menu').waitFor({ timeout: 30_000 });
  });
});
