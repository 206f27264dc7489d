import { resolve } from 'node:path';
import { launchChromium, serveRenderer } from '../test/helpers/browser';

// `npx tsx scripts/screenshot.ts [route] [file]`: a screenshot of browser mode for the docs.
const route = process.argv[2] ?? '/';
const file = resolve(process.argv[3] ?? 'docs/images/app-shell.png');
const server = await serveRenderer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/#${route}`);
  await page.getByRole('heading', { level: 2 }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  console.log(`Saved ${file}`);
} finally {
  await browser.close();
  await server.close();
}
