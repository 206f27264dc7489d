import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { startWebServer, type RunningWebServer } from '../../scripts/web-server';
import { launchChromium } from '../helpers/browser';
import { flatten, pdfText } from '../helpers/pdf-text';

const harnessRoot = resolve('test/e2e/documents-harness');
const outputFolder = resolve('out/e2e-documents-harness');

describe('the renderer PDF adapter in Chromium, under the app’s Content Security Policy', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let page: Page;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    await build({
      root: harnessRoot,
      configFile: false,
      logLevel: 'warn',
      build: { outDir: outputFolder, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    });
    server = await startWebServer({ root: outputFolder });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) {
        policyViolations.push(message.text());
      }
    });
    await page.goto(`${server.url}/index.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints a letter with the embedded fonts, fetched from the app’s own origin', async () => {
    const base64 = await page.evaluate(() => window.renderSampleLetter());
    const text = flatten(await pdfText(Buffer.from(base64, 'base64')));

    expect(text).toContain('Dr Łukasz Żółć');
    expect(text).toContain('Ærøskøbing Medical Centre');
    expect(text).toContain('Σωκράτης asks');
    expect(text).toContain('Our reference MI-2026-K7Q-000123');
    expect(text).toMatch(/Page 1 of \d/);
    expect(policyViolations).toEqual([]);
  });
});
