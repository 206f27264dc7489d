import type { IsoDate } from '../schemas/common';
import type { ResponseDocument } from '../schemas/response-document';

export type DocumentAvailability =
  'sendable' | 'not-approved' | 'not-yet-effective' | 'expired' | 'deleted';

/**
 * Whether a library document may be sent or read out on `today` (the affiliate's calendar date):
 * only approved documents inside their review period (PRODUCT.md job 2). A document whose review
 * date has passed is expired until it is re-approved.
 */
export function documentAvailability(
  document: Pick<ResponseDocument, 'status' | 'effectiveDate' | 'reviewDate' | 'deleted'>,
  today: IsoDate,
): DocumentAvailability {
  if (document.deleted) return 'deleted';
  if (document.status !== 'approved') return 'not-approved';
  if (today < document.effectiveDate) return 'not-yet-effective';
  if (today > document.reviewDate) return 'expired';
  return 'sendable';
}

/** Shorthand for `documentAvailability(document, today) === 'sendable'`. */
export function isDocumentSendable(
  document: Pick<ResponseDocument, 'status' | 'effectiveDate' | 'reviewDate' | 'deleted'>,
  today: IsoDate,
): boolean {
  return documentAvailability(document, today) === 'sendable';
}
