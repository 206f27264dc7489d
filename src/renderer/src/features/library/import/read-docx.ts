import { draftFromHtml, type DocxDraftContent } from '../../../../../shared/library/docx-draft';

/** A Word file that cannot become a draft, with the reason in words a person can act on. */
export class DocxImportError extends Error {
  override name = 'DocxImportError';
}

/** Word files are ZIP archives: they start with "PK". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Reads a .docx file into a draft's title, summary and Markdown body (mammoth → HTML → Markdown;
 * scripts, styles and embedded objects are dropped, text is escaped). Throws DocxImportError
 * naming the problem: not a Word file, unreadable, or without text.
 */
export async function readDocxDraft(
  bytes: ArrayBuffer,
  fileName: string,
): Promise<DocxDraftContent> {
  if (!/\.docx$/i.test(fileName) || !isZip(new Uint8Array(bytes))) {
    throw new DocxImportError(`${fileName} is not a Word document (.docx)`);
  }
  // mammoth reads `arrayBuffer` in its browser build and `buffer` in Node (the unit tests).
  const input = { arrayBuffer: bytes, buffer: bytes };
  let html: string;
  try {
    // Loaded on first use: the converter is large and only content approvers import Word files.
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocxImportError(`${fileName} could not be read as a Word document: ${reason}`);
  }
  try {
    return draftFromHtml(html, fileName);
  } catch (error) {
    throw new DocxImportError(error instanceof Error ? error.message : String(error));
  }
}
