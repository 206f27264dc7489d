/**
 * The one font family every document uses: DejaVu Sans (Bitstream Vera licence, with DejaVu's
 * changes in the public domain), shipped with its licence in resources/fonts/. It covers Latin,
 * Greek and Cyrillic, so names such as "Łukasz Żółć", "Ærøskøbing" or "Σωκράτης" print without
 * missing-glyph boxes. Both adapters register these files under these names.
 */
export const documentFontFamily = 'DejaVuSans';

/** File names in resources/fonts/, per pdfmake font style. */
export const documentFontFiles = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
} as const;

export type DocumentFontStyle = keyof typeof documentFontFiles;
