import type { Page } from 'playwright-core';

/*
 * The steps a person takes in the app to connect it to a sync server, kept small so the
 * end-to-end tests read as a story and adapt in one place when a screen changes (a local sign-in
 * screen, for instance, would add a step here).
 */

/** Settings → "Remove demo data" → confirm; the demo accounts go too, so the first run follows. */
export async function removeDemoData(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/#/settings`);
  await page.getByRole('button', { name: 'Remove demo data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove demo data' }).click();
  await page.getByRole('heading', { name: 'Welcome to MedInfo Desk' }).waitFor();
}

/** The first run → "Create account and sign in" (role: field officer, the form's default). */
export async function createFirstAccount(
  page: Page,
  person: { username: string; name: string; password: string },
): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to MedInfo Desk' }).waitFor();
  await page.getByRole('textbox', { name: 'Full name' }).fill(person.name);
  await page.getByRole('textbox', { name: 'User ID' }).fill(person.username);
  await page
    .getByRole('textbox', { name: /password/i })
    .first()
    .fill(person.password);
  await page.getByRole('textbox', { name: 'The same password again' }).fill(person.password);
  await page.getByRole('button', { name: 'Create account and sign in' }).click();
  // The real Argon2id cost, on a busy two-core machine.
  await page.getByRole('navigation').waitFor({ timeout: 60_000 });
}

/** Settings → user name and password → "Sign in", refused: resolves with the message shown. */
export async function signInRefused(
  page: Page,
  username: string,
  password: string,
): Promise<string> {
  await page.getByTestId('sync-username').fill(username);
  await page.getByTestId('sync-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

/** Settings → server URL and device name → "Save server". */
export async function saveServer(page: Page, serverUrl: string, deviceName: string): Promise<void> {
  await page.getByTestId('server-url').fill(serverUrl);
  await page.getByTestId('device-name').fill(deviceName);
  await page.getByRole('button', { name: 'Save server' }).click();
  await page.getByText('Server saved.').waitFor();
}

/** Settings → user name and password → "Sign in", then waits for the first sync. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('sync-username').fill(username);
  await page.getByTestId('sync-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
  await waitUntilSynced(page);
}

/** Waits until the status bar says everything is synced and nothing waits. */
export async function waitUntilSynced(page: Page): Promise<void> {
  await page.getByTestId('sync-phase').filter({ hasText: 'Synced' }).waitFor();
  await page.getByTestId('pending-sync').filter({ hasText: '0 changes waiting' }).waitFor();
  await page.getByTestId('last-sync').filter({ hasText: 'Last sync' }).waitFor();
}

/** The status bar's "sync now" button, then waits for the result. */
export async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-now').click();
  await waitUntilSynced(page);
}
