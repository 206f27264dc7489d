import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../test/helpers/browser';

/*
 * `npm run icon`: renders build/icon.svg to build/icon.png (512 × 512, transparent corners) in
 * Chromium. electron-builder makes the .ico and .icns from the PNG on the build machines.
 */
const size = 512;
const svg = await readFile(resolve('build/icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: resolve('build/icon.png'), omitBackground: true });
  console.log('Saved build/icon.png');
} finally {
  await browser.close();
}
