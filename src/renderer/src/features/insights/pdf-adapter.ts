import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The one place that turns a pdfmake document definition into PDF bytes in the renderer. The
 * letters capability brings a shared adapter; swapping this function for it is the whole change.
 * pdfmake and its fonts (Roboto, in its virtual file system) load on first use only: they are
 * large and most sessions never print.
 */
export async function renderPdf(
  definition: TDocumentDefinitions,
): Promise<Uint8Array<ArrayBuffer>> {
  const [{ default: pdfMake }, { default: fonts }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  pdfMake.addVirtualFileSystem(fonts);
  // Reports never load anything from outside: no URL is fetched, whatever a definition names.
  pdfMake.setUrlAccessPolicy(() => false);
  const buffer = await pdfMake.createPdf(definition).getBuffer();
  // A copy in a fresh ArrayBuffer: what the save-file bridge accepts.
  return new Uint8Array(buffer);
}
