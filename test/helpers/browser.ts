import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startWebServer, type RunningWebServer } from '../../scripts/web-server';

const rendererRoot = resolve('out/renderer');

/** Flags from docs: these machines have no network beyond the registries and no GPU. */
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Finds a Chromium: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own.
 * Never skips silently: with none found it throws a message that says how to get one.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own installed; the message below covers it.
  }
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path ?? ''));
  if (found) return found;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: `apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or `npx playwright install chromium`, or set CHROMIUM_PATH to a ' +
      'Chromium or Chrome executable.',
  );
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
}

/**
 * Chromium with a profile on disk (`userDataDir`), as the desktop app keeps its store: what the
 * app writes to IndexedDB can be read back from the folder after the browser closes.
 */
export async function launchPersistentChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumFlags,
  });
}

/** Serves the built renderer in browser mode; fails clearly when it has not been built. */
export async function serveRenderer(serverOrigin?: string): Promise<RunningWebServer> {
  if (!existsSync(resolve(rendererRoot, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (npm test does it for you).');
  }
  return startWebServer({ root: rendererRoot, serverOrigin });
}
