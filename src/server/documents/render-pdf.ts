import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as PdfMakeApi from 'pdfmake';
import { documentFontFamily, documentFontFiles } from '../../shared/documents/fonts';
import { copyDocument } from '../../shared/documents/clone';
import type { PdfDocument } from '../../shared/documents/pdf-content';

/*
 * The Node adapter: document definitions from src/shared/documents to PDF bytes, for the
 * server, the tests and the benchmarks. pdfmake 0.3's server API: every call returns a promise,
 * and fonts are registered up front from resources/fonts/.
 */

type PdfMake = typeof PdfMakeApi;

/** resources/fonts/ of this repository. */
export const defaultFontsFolder = fileURLToPath(
  new URL('../../../resources/fonts/', import.meta.url),
);

function isPdfMake(value: unknown): value is PdfMake {
  return (
    typeof value === 'object' &&
    value !== null &&
    'createPdf' in value &&
    typeof value.createPdf === 'function' &&
    'addFonts' in value
  );
}

/** pdfmake's Node entry is CommonJS exporting one instance; require gives exactly that. */
function loadPdfMake(): PdfMake {
  const loaded: unknown = createRequire(import.meta.url)('pdfmake');
  if (!isPdfMake(loaded)) throw new Error('pdfmake did not load: is it installed?');
  return loaded;
}

export type PdfRenderer = (definition: PdfDocument) => Promise<Uint8Array>;

/**
 * A renderer whose fonts come from `fontsFolder`. pdfmake may read no URL and no file outside
 * that folder: documents carry images as data URLs only, so any other access is a fault.
 */
export function createNodePdfRenderer(fontsFolder: string = defaultFontsFolder): PdfRenderer {
  const folder = resolve(fontsFolder);
  const pdfmake = loadPdfMake();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(folder + sep));
  pdfmake.addFonts({
    [documentFontFamily]: {
      normal: join(folder, documentFontFiles.normal),
      bold: join(folder, documentFontFiles.bold),
      italics: join(folder, documentFontFiles.italics),
      bolditalics: join(folder, documentFontFiles.bolditalics),
    },
  });
  return async (definition) => {
    // pdfmake writes into the definition it renders: give it a copy (see copyDocument).
    const buffer = await pdfmake.createPdf(copyDocument(definition)).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  };
}
