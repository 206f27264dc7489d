import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/*
 * Reading generated PDFs back with Debian's poppler-utils (pdftotext), as a person's PDF viewer
 * would: tests assert what is printed, not how the definition looked.
 */

const run = promisify(execFile);

async function withPdfFile<T>(bytes: Uint8Array, use: (path: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'medinfo-pdf-'));
  const path = join(folder, 'document.pdf');
  try {
    await writeFile(path, bytes);
    return await use(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function pdftotext(args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('pdftotext', [...args], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    // execFile rejects with a Node system error, whose code names a missing program.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'pdftotext is missing: install poppler-utils (apt-get install poppler-utils).',
      );
    }
    throw error;
  }
}

/** The text of every page, pages separated by form feeds (\f). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return withPdfFile(bytes, (path) => pdftotext(['-enc', 'UTF-8', path, '-']));
}

/** The text of each page, in order. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const text = await pdfText(bytes);
  return text.split('\f').slice(0, -1);
}

/** Text with runs of white space as single spaces: lines wrap wherever the layout puts them. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export type WordBox = { page: number; pageWidth: number; xMin: number; xMax: number; text: string };

/** Every word with its box (pdftotext -bbox), for checks that nothing leaves the page. */
export async function pdfWordBoxes(bytes: Uint8Array): Promise<WordBox[]> {
  const html = await withPdfFile(bytes, (path) => pdftotext(['-bbox', '-enc', 'UTF-8', path, '-']));
  const boxes: WordBox[] = [];
  const pages = html.split('<page ').slice(1);
  pages.forEach((page, index) => {
    const pageWidth = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    for (const match of page.matchAll(
      /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
    )) {
      boxes.push({
        page: index + 1,
        pageWidth,
        xMin: Number(match[1]),
        xMax: Number(match[2]),
        text: match[3] ?? '',
      });
    }
  });
  return boxes;
}
