import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningWebServer } from '../../scripts/web-server';
import { launchPersistentChromium, serveRenderer } from '../helpers/browser';
import { demoPassword, signInAsDemoUser } from '../helpers/sign-in';

/*
 * What a stolen laptop's disk shows. The demo is seeded through the app in a Chromium profile on
 * disk; after the browser closes, every file of the profile's IndexedDB folder is searched for
 * a requester's name, address, question and notes (all must be absent) and for non-personal
 * values of the same store (which must be found, so the search can see plain text at all).
 */

const personal = {
  name: 'Vogelsang',
  address: 'Isarblickstraße',
  question: 'heterozygous FH',
  notes: 'unsolicited-request confirmation',
};

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Whether any file holds `text`. Chromium's serializer writes a string as Latin-1 when it can and
 * as UTF-16 otherwise, and IndexedDB keys as UTF-16 big-endian: all three are searched.
 */
function isIn(files: readonly Buffer[], text: string): boolean {
  const forms = [
    Buffer.from(text, 'latin1'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text, 'utf16le').swap16(),
  ];
  return files.some((bytes) => forms.some((form) => bytes.includes(form)));
}

describe('personal data on disk (browser mode, a Chromium profile on disk)', () => {
  let server: RunningWebServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    server = await serveRenderer();
    profile = await mkdtemp(join(tmpdir(), 'medinfo-profile-'));
    context = await launchPersistentChromium(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.clock.install();
    await page.goto(server.url);
    await signInAsDemoUser(page);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('shows the requester’s data while signed in', async () => {
    await page.goto(`${server.url}/#/settings/device-data`);
    await page.getByTestId('person-search').fill(personal.name);
    const match = page.getByTestId('person-match').first();
    await match.waitFor({ timeout: 30_000 });
    const text = (await match.textContent()) ?? '';
    expect(text).toContain('Dr. med. Katrin Vogelsang');
    reference = /MI-\d{4}-[A-Z0-9]{3}-\d{6}/.exec(text)?.[0] ?? '';
    expect(reference).not.toBe('');
  });

  it('holds nothing of it on screen once locked, and all of it again after unlocking', async () => {
    await page.clock.fastForward('10:30');
    await page.getByRole('heading', { name: 'Locked' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain(personal.name);
    expect(
      await page
        .locator('input')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).not.toContain(personal.name);
    await page.getByRole('textbox', { name: 'Password' }).fill(demoPassword);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('person-search').fill(personal.question);
    await page.getByTestId('person-match').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('person-match').first().textContent()).toContain(reference);
  });

  it('leaves no requester name, address, question or note in the profile’s IndexedDB files', async () => {
    await context.close();
    const folder = join(profile, 'Default', 'IndexedDB');
    const files = await Promise.all((await filesUnder(folder)).map((file) => readFile(file)));
    expect(files.length).toBeGreaterThan(0);
    // The search sees plain text: non-personal values of the same store are there.
    expect(isIn(files, reference)).toBe(true);
    expect(isIn(files, 'Hall B2, booth 214')).toBe(true);
    for (const text of Object.values(personal))
      expect({ text, found: isIn(files, text) }).toEqual({ text, found: false });
  });
});
