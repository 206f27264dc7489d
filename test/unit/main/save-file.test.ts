import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { saveFile, withExtension, writeFileAtomically } from '../../../src/main/services/save-file';
import { FakeBrowserWindow, asElectron, dialog, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
// The real file system, with `rename` observable: it is the moment a save becomes visible.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

const letter = new TextEncoder().encode('%PDF-1.7 a complete letter');
let folder: string;

function chooseInDialog(filePath: string): void {
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
}

beforeEach(async () => {
  resetFakeElectron();
  vi.clearAllMocks();
  folder = await mkdtemp(join(tmpdir(), 'medinfo-save-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('saveFile', () => {
  it('reports a cancelled dialog as {saved:false} and writes nothing', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const result = await saveFile({ suggestedName: 'a.pdf', kind: 'pdf', bytes: letter }, null);
    expect(result).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes the bytes where the user chose and names the file', async () => {
    const target = join(folder, 'Response MI-2026-K7Q-000123.pdf');
    chooseInDialog(target);
    const result = await saveFile(
      { suggestedName: 'Response MI-2026-K7Q-000123', kind: 'pdf', bytes: letter },
      null,
    );
    expect(result).toEqual({ saved: true, fileName: 'Response MI-2026-K7Q-000123.pdf' });
    expect(await readFile(target)).toEqual(Buffer.from(letter));
    expect(await readdir(folder)).toEqual(['Response MI-2026-K7Q-000123.pdf']);
  });

  it('opens the dialog on the calling window, in Documents, with the kind’s filter', async () => {
    const window = asElectron<BrowserWindow>(new FakeBrowserWindow({}));
    await saveFile({ suggestedName: 'export', kind: 'csv', bytes: letter }, window);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: join('/home/officer/documents', 'export.csv'),
        filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
      }),
    );
  });
});

describe('writeFileAtomically', () => {
  it('never exposes a half-written file: the target keeps its old bytes until the rename', async () => {
    const target = join(folder, 'letter.pdf');
    await writeFile(target, 'the previous version');
    const seenAtRename: string[] = [];
    vi.mocked(fs.rename).mockImplementationOnce(async (from, to) => {
      seenAtRename.push(await readFile(target, 'utf8'), await readFile(from, 'utf8'));
      const { rename } = await vi.importActual<typeof fs>('node:fs/promises');
      await rename(from, to);
    });

    await writeFileAtomically(target, letter);

    expect(seenAtRename).toEqual(['the previous version', '%PDF-1.7 a complete letter']);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 a complete letter');
    expect(await readdir(folder)).toEqual(['letter.pdf']);
  });

  it('writes the temporary file in the target’s folder, so the rename stays atomic', async () => {
    const target = join(folder, 'letter.pdf');
    await writeFileAtomically(target, letter);
    const [from, to] = vi.mocked(fs.rename).mock.calls[0] ?? [];
    expect(String(from).startsWith(join(folder, '.letter.pdf.'))).toBe(true);
    expect(to).toBe(target);
  });

  it('leaves the old file intact and no temporary file when the write fails', async () => {
    const target = join(folder, 'letter.pdf');
    await writeFile(target, 'the previous version');
    vi.mocked(fs.rename).mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));

    await expect(writeFileAtomically(target, letter)).rejects.toThrow('ENOSPC');

    expect(await readFile(target, 'utf8')).toBe('the previous version');
    expect(await readdir(folder)).toEqual(['letter.pdf']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomically(join(folder, 'gone', 'x.pdf'), letter)).rejects.toThrow(
      /ENOENT/,
    );
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('withExtension', () => {
  it('adds the kind’s extension only when missing', () => {
    expect(withExtension('letter', 'pdf')).toBe('letter.pdf');
    expect(withExtension('letter.PDF', 'pdf')).toBe('letter.PDF');
    expect(withExtension('report.pdf', 'xml')).toBe('report.pdf.xml');
  });
});
