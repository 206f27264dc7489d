import type { PdfDocument, PdfPageContent } from './pdf-content';
import { pageMargins, warningColor } from './layout';
import type { ResponseLetterInput } from './letter-input';
import type { LetterContext } from './letter-sections';
import { detectCustomEdits } from './placeholders';

/*
 * Marks that keep a letter from being mistaken for a sent one, and the footer that carries them
 * with the reference and the page number on every page.
 */

/** Any answer whose text differs from its approved document by more than the placeholders. */
export function isCustomLetter(
  input: ResponseLetterInput,
  placeholders: LetterContext['placeholders'],
): boolean {
  return input.answers.some(
    (answer) =>
      answer.editedBody != null &&
      detectCustomEdits(answer.document.body, answer.editedBody, placeholders).isCustom,
  );
}

/**
 * Why a letter must not go out as it is, or null: a custom response nobody has reviewed yet,
 * or a preview nobody has signed. Printed as a watermark and in every page's footer.
 */
export function draftMarkOf(context: LetterContext): string | null {
  const { input, template } = context;
  const isReviewed = input.signatures.some(
    (signature) => signature.meaning === 'custom-response-reviewed',
  );
  if (isCustomLetter(input, context.placeholders) && !isReviewed)
    return template.letter.notReviewedWatermark;
  return input.signatures.length === 0 ? template.letter.unsignedWatermark : null;
}

export function letterFooter(context: LetterContext, draftMark: string | null): PdfPageContent {
  const { template, input } = context;
  const marks = [draftMark, input.inquiry.isOffLabel ? template.offLabel.footerMark : null];
  return (currentPage, pageCount) => ({
    columns: [
      { text: template.page.reference(input.inquiry.reference), width: '35%' },
      {
        text: marks.filter(Boolean).join(' · '),
        width: '40%',
        bold: true,
        color: warningColor,
        alignment: 'center',
      },
      { text: template.page.pageOf(currentPage, pageCount), width: '25%', alignment: 'right' },
    ],
    style: 'footer',
    margin: [pageMargins[0], 24, pageMargins[2], 0],
  });
}

/** The watermark of a draft: faint, large, across every page. */
export function draftWatermark(text: string): NonNullable<PdfDocument['watermark']> {
  return { text, opacity: 0.1, bold: true, color: warningColor, fontSize: 54 };
}
