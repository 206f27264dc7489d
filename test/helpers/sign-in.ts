import type { Page } from 'playwright-core';
import { demoPassword } from '../../src/renderer/src/data/demo/company';

export { demoPassword };

/** The demo people, by user ID. */
export type DemoUsername =
  'maja.lindqvist' | 'tobias.berger' | 'claire.fontaine' | 'jonas.weber' | 'sven.aas';

/**
 * Signs in as a demo person, whatever the screen shows: on the first run it explores the demo
 * first; on the sign-in or lock screen it picks the account. Independent of the UI language
 * (test ids, not labels). Resolves once the app's navigation is on screen.
 */
export async function signInAsDemoUser(
  page: Page,
  username: DemoUsername = 'maja.lindqvist',
): Promise<void> {
  const explore = page.getByTestId('explore-demo');
  const account = page.getByTestId(`account-${username}`);
  const submit = page.getByTestId('sign-in');
  const password = page.locator('form:has([data-testid="sign-in"]) input[type="password"]');
  await explore.or(account).or(submit).first().waitFor({ timeout: 30_000 });
  if (await explore.isVisible()) {
    await explore.click();
    await account.waitFor({ timeout: 30_000 });
  }
  if (await account.isVisible()) await account.click();
  await password.fill(demoPassword);
  await submit.click();
  await page.getByRole('navigation').waitFor({ timeout: 30_000 });
}

/** Switches to another demo person through the user menu (as a colleague at the booth would). */
export async function switchToDemoUser(page: Page, username: DemoUsername): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('switch-user').click();
  await signInAsDemoUser(page, username);
}
