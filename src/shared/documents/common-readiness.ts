import { documentAvailability } from '../domain/document-availability';
import type { IsoDate } from '../schemas/common';
import type { ResponseDocument } from '../schemas/response-document';
import type { Letterhead } from '../schemas/settings';
import { problem, type DocumentProblem } from './errors';
import { isImageDataUrl } from './image-data';
import { findRightToLeftText } from './scripts';

/** Checks every printed document shares: letterhead, logo and right-to-left text. */
export function commonProblems(input: {
  letterhead: Letterhead;
  logoDataUrl?: string | null;
}): DocumentProblem[] {
  const found: DocumentProblem[] = [];
  if (!input.letterhead.companyName.trim()) {
    found.push(
      problem(
        'letterhead-company-missing',
        'The letterhead has no company name: an administrator sets it in Settings.',
      ),
    );
  }
  if (input.logoDataUrl && !isImageDataUrl(input.logoDataUrl, ['png', 'jpeg'])) {
    found.push(problem('logo-invalid', 'The logo must be a PNG or JPEG image.'));
  }
  for (const field of findRightToLeftText(input)) {
    found.push(
      problem(
        'right-to-left-text',
        `${field} contains right-to-left text (Hebrew or Arabic script), which documents cannot print yet.`,
        { field },
      ),
    );
  }
  return found;
}

type AvailabilityFields = Pick<
  ResponseDocument,
  'reference' | 'title' | 'status' | 'effectiveDate' | 'reviewDate' | 'deleted'
>;

/** A problem when a library document may not be sent or read out on `today`. */
export function availabilityProblem(
  document: AvailabilityFields,
  today: IsoDate,
): DocumentProblem | null {
  const reference = document.reference ?? document.title;
  const availability = documentAvailability(document, today);
  switch (availability) {
    case 'sendable':
      return null;
    case 'expired':
      return problem(
        'document-expired',
        `${reference} passed its review date (${document.reviewDate}) and may not be sent until it is re-approved.`,
        { reference, reviewDate: document.reviewDate },
      );
    case 'not-yet-effective':
      return problem(
        'document-not-yet-effective',
        `${reference} takes effect on ${document.effectiveDate} and may not be sent before.`,
        { reference, effectiveDate: document.effectiveDate },
      );
    case 'not-approved':
      return problem('document-not-approved', `${reference} is not approved.`, { reference });
    case 'deleted':
      return problem('document-deleted', `${reference} has been withdrawn from the library.`, {
        reference,
      });
  }
}
