/*
 * Images reach documents only as `data:` URLs of PNG or JPEG, checked here: pdfmake would
 * otherwise try to read any other string as a file name or URL.
 */
const dataUrlPattern = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

/** The base64 of a PNG starts with its signature (89 50 4E 47 …), of a JPEG with FF D8 FF. */
const signatures = { png: 'iVBORw0KGgo', jpeg: '/9j/' } as const;

export function isImageDataUrl(value: string, formats: readonly ('png' | 'jpeg')[]): boolean {
  const match = dataUrlPattern.exec(value);
  if (!match) return false;
  const [, format, data = ''] = match;
  return formats.some((allowed) => allowed === format && data.startsWith(signatures[allowed]));
}
