import boldItalicsUrl from '../../../../resources/fonts/DejaVuSans-BoldOblique.ttf?url';
import boldUrl from '../../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import italicsUrl from '../../../../resources/fonts/DejaVuSans-Oblique.ttf?url';
import normalUrl from '../../../../resources/fonts/DejaVuSans.ttf?url';
import { documentFontFiles, encodeBase64, type DocumentFontStyle } from '../../../shared/documents';

/*
 * The document fonts in the renderer. Vite copies the .ttf files from resources/fonts/ into the
 * build as hashed assets and gives their URLs; they are fetched from the app's own origin, which
 * the Content Security Policy allows (connect-src 'self'), and never from anywhere else.
 */

const fontUrls: Record<DocumentFontStyle, string> = {
  normal: normalUrl,
  bold: boldUrl,
  italics: italicsUrl,
  bolditalics: boldItalicsUrl,
};

export type FetchFont = (url: string) => Promise<ArrayBuffer>;

async function fetchFromAppOrigin(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`The document font ${url} could not be loaded (HTTP ${response.status}).`);
  }
  return response.arrayBuffer();
}

/**
 * pdfmake's virtual file system for the browser: each font file's name (as in
 * `documentFontFiles`) mapped to its content in base64.
 */
export async function loadFontFileSystem(
  fetchFont: FetchFont = fetchFromAppOrigin,
): Promise<Record<string, string>> {
  const styles = Object.keys(fontUrls) as DocumentFontStyle[]; // the keys of a Record of styles
  const contents = await Promise.all(styles.map((style) => fetchFont(fontUrls[style])));
  return Object.fromEntries(
    styles.map((style, index) => [
      documentFontFiles[style],
      encodeBase64(new Uint8Array(contents[index] ?? new ArrayBuffer(0))),
    ]),
  );
}
