import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, FileFilter, SaveDialogOptions } from 'electron';
import type { SaveFileInput, SaveFileResult, SavedFileKind } from '../../shared/ipc/contract';

/** One save-dialog filter per kind, so the dialog offers (and on Windows appends) the extension. */
export const saveFileFilters: Readonly<Record<SavedFileKind, FileFilter>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  xml: { name: 'XML document', extensions: ['xml'] },
  json: { name: 'JSON file', extensions: ['json'] },
  eml: { name: 'E-mail message', extensions: ['eml'] },
  zip: { name: 'ZIP archive', extensions: ['zip'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

/** The suggested name with the kind's extension, added when the renderer left it out. */
export function withExtension(suggestedName: string, kind: SavedFileKind): string {
  return extname(suggestedName).toLowerCase() === `.${kind}`
    ? suggestedName
    : `${suggestedName}.${kind}`;
}

/**
 * Writes `bytes` to `filePath` so that the file is always either its old self or complete: the
 * bytes go to a temporary file in the same folder (a rename is atomic only within one file
 * system), are flushed to disk, and only then renamed over the target. A crash or a full disk
 * mid-write leaves at worst a stray temporary file, never a half letter. Throws on failure,
 * after removing the temporary file.
 */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array): Promise<void> {
  const tempPath = join(dirname(filePath), `.${basename(filePath)}.${randomUUID()}.tmp`);
  try {
    // 'wx': never follow or clobber something already at the temporary name.
    const file = await open(tempPath, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
}

/**
 * Asks the user where to save, then writes the file atomically. A cancelled dialog answers
 * `{ saved: false }`; a failed write rejects (the renderer shows why).
 */
export async function saveFile(
  input: SaveFileInput,
  parent: BrowserWindow | null,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), withExtension(input.suggestedName, input.kind)),
    filters: [saveFileFilters[input.kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  // Modal to the calling window when there is one, so the dialog cannot get lost behind it.
  const choice = await (parent === null
    ? dialog.showSaveDialog(options)
    : dialog.showSaveDialog(parent, options));
  if (choice.canceled || choice.filePath === '') return { saved: false };
  await writeFileAtomically(choice.filePath, input.bytes);
  return { saved: true, fileName: basename(choice.filePath) };
}
