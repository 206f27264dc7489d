import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Renders pdfmake document definitions in tests with pdfmake 0.3's Node API and the DejaVu fonts
 * (full Latin coverage, so "ß", "é" and "—" print). The app renders through its own pdfmake
 * adapter; this helper is the tests' stand-in for it.
 */

const fontFolder = resolve('node_modules/dejavu-fonts-ttf/ttf');
const font = (file: string): string => join(fontFolder, file);

pdfmake.setFonts({
  DejaVuSans: {
    normal: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    italics: font('DejaVuSans-Oblique.ttf'),
    bolditalics: font('DejaVuSans-BoldOblique.ttf'),
  },
});
// Documents built from user data must never make pdfmake fetch a URL or read a file.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontFolder));

/** The PDF bytes of a document definition, in DejaVu Sans. */
export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  const withFont = { ...document, defaultStyle: { font: 'DejaVuSans', ...document.defaultStyle } };
  return pdfmake.createPdf(withFont).getBuffer();
}

function withTemporaryFile<T>(bytes: Buffer, use: (path: string, folder: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const path = join(folder, 'document.pdf');
    writeFileSync(path, bytes);
    return use(path, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The text of a PDF as poppler's pdftotext lays it out. */
export function pdfText(bytes: Buffer): string {
  return withTemporaryFile(bytes, (path) =>
    execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  );
}

/** The number of pages, from pdfinfo. */
export function pdfPageCount(bytes: Buffer): number {
  const info = withTemporaryFile(bytes, (path) =>
    execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
  );
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Page images (PNG) for a person to look at; written to `outputPrefix-1.png` and so on. */
export function pdfToPng(bytes: Buffer, outputPrefix: string): void {
  withTemporaryFile(bytes, (path) =>
    execFileSync('pdftoppm', ['-png', '-r', '80', path, outputPrefix]),
  );
}

/** Reads a PNG written by pdfToPng (for size checks). */
export function readPng(path: string): Buffer {
  return readFileSync(path);
}
