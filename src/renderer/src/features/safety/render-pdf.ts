import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Makes PDF bytes from a pdfmake document definition in the renderer, with the Roboto fonts
 * pdfmake ships. Loaded on first use (pdfmake is large). The letters capability brings the shared
 * pdfmake adapter; this stands in for it until the two are merged.
 */
export async function renderPdfBytes(
  document: TDocumentDefinitions,
): Promise<Uint8Array<ArrayBuffer>> {
  const [{ default: pdfMake }, { default: fonts }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  pdfMake.addVirtualFileSystem(fonts);
  const buffer = await pdfMake.createPdf(document).getBuffer();
  return Uint8Array.from(buffer);
}
