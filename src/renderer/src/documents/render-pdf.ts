import {
  copyDocument,
  documentFontFamily,
  documentFontFiles,
  type PdfDocument,
} from '../../../shared/documents';
import { loadFontFileSystem } from './fonts';

/*
 * The browser adapter: document definitions from src/shared/documents to PDF bytes. pdfmake's
 * browser build (about 2 MB) and the fonts load on first use, not at start-up.
 */

/** The part of pdfmake's browser API used here (see pdfmake-browser.d.ts). */
type PdfMake = {
  addVirtualFileSystem: (files: Record<string, string>) => void;
  setFonts: (fonts: Record<string, Record<string, string>>) => void;
  createPdf: (definition: PdfDocument) => { getBuffer: () => Promise<Uint8Array> };
};

function isPdfMake(value: unknown): value is PdfMake {
  return (
    typeof value === 'object' &&
    value !== null &&
    'createPdf' in value &&
    typeof value.createPdf === 'function' &&
    'addVirtualFileSystem' in value
  );
}

async function loadPdfMake(): Promise<PdfMake> {
  // The build is a CommonJS bundle exporting one instance: the bundler hands it over as default.
  const loaded: unknown = await import('pdfmake/build/pdfmake.min.js');
  const instance: unknown =
    typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : loaded;
  if (!isPdfMake(instance)) throw new Error('The PDF engine (pdfmake) did not load.');
  const fileSystem = await loadFontFileSystem();
  instance.addVirtualFileSystem(fileSystem);
  instance.setFonts({ [documentFontFamily]: { ...documentFontFiles } });
  return instance;
}

let ready: Promise<PdfMake> | null = null;

/** pdfmake with the document fonts registered; loaded once, and again after a failure. */
function pdfMake(): Promise<PdfMake> {
  ready ??= loadPdfMake().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** The PDF bytes of a document definition. Rejects when the engine or its fonts cannot load. */
export async function renderPdf(definition: PdfDocument): Promise<Uint8Array> {
  const engine = await pdfMake();
  // pdfmake writes into the definition it renders: give it a copy (see copyDocument).
  const buffer = await engine.createPdf(copyDocument(definition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
