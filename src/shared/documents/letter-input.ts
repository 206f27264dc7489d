import type { SupportedLanguage } from '../i18n/index';
import type { Country, IsoDate, Timestamp } from '../schemas/common';
import type { ResponseMethod } from '../schemas/inquiry-records';
import type { ApprovedIndication } from '../schemas/product';
import type { RequesterType } from '../schemas/requester';
import type { ResponseDocument } from '../schemas/response-document';
import type { Letterhead } from '../schemas/settings';
import type { DocumentSignature } from './signature';
import type { DocumentReference } from './vancouver';

/** An approved library document as a letter uses it; references in the letters' own type. */
export type LetterSourceDocument = Pick<
  ResponseDocument,
  | 'id'
  | 'reference'
  | 'title'
  | 'version'
  | 'audience'
  | 'language'
  | 'body'
  | 'status'
  | 'effectiveDate'
  | 'reviewDate'
  | 'deleted'
> & { references: DocumentReference[] };

export type LetterAnswer = {
  document: LetterSourceDocument;
  /**
   * The text to send when the officer changed it (Markdown, placeholders filled or not); absent
   * or null sends the approved body. Any change beyond the placeholders makes a custom response.
   */
  editedBody?: string | null;
};

export type LetterRecipient = {
  type: RequesterType;
  name: string | null;
  institution: string | null;
  /** Postal address, one line per line. */
  address: string | null;
  email: string | null;
  country: Country;
};

export type LetterProduct = {
  brandName: string;
  genericName: string;
  approvedIndications: ApprovedIndication[];
};

export type LetterInquiry = {
  /** The short reference, e.g. `MI-2026-K7Q-000123`, printed on every page. */
  reference: string;
  receivedAt: Timestamp;
  responseMethod: ResponseMethod;
  isOffLabel: boolean;
  /** The request was confirmed as unsolicited (inquiry.unsolicitedConfirmation is set). */
  isUnsolicitedConfirmed: boolean;
};

/** The officer who writes the letter: printed under the closing even before signing. */
export type LetterAuthor = { printedName: string; jobTitle: string | null };

export type ResponseLetterInput = {
  language: SupportedLanguage;
  letterhead: Letterhead;
  /** A PNG or JPEG `data:` URL, or null for a letterhead in text only. */
  logoDataUrl?: string | null;
  /** The letter's date; documents must be sendable on it. */
  letterDate: IsoDate;
  /** Written into the PDF's metadata: the same input always gives the same bytes. */
  generatedAt: Timestamp;
  inquiry: LetterInquiry;
  recipient: LetterRecipient;
  product: LetterProduct;
  /** The questions as the requester asked them, restated in the letter. */
  questions: string[];
  answers: LetterAnswer[];
  /** Further enclosures; off-label letters add the prescribing information themselves. */
  enclosures?: string[];
  /** Markdown; required for off-label letters. */
  importantSafetyInformation?: string | null;
  /** Why a patient or caregiver receives a document written for healthcare professionals. */
  patientOverrideReason?: string | null;
  author: LetterAuthor;
  /** Empty for a preview: the letter then prints as a draft. */
  signatures: DocumentSignature[];
};
