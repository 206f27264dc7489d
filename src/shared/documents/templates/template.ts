import type { SupportedLanguage } from '../../i18n/index';
import type { ResponseMethod } from '../../schemas/inquiry-records';
import type { RequesterType } from '../../schemas/requester';
import type { Audience, DocumentKind } from '../../schemas/response-document';

/**
 * What a signature means (21 CFR 11.50(a)(3)): printed with the signer's name and the date and
 * time on every document that carries it.
 */
export const signatureMeanings = [
  'response-released',
  'custom-response-reviewed',
  'request-confirmed',
] as const;
export type SignatureMeaning = (typeof signatureMeanings)[number];

/** Formal forms of address differ by language and, in French, by the recipient's profession. */
export type Addressee = { name: string | null; type: RequesterType };

/**
 * The printed wording of one language: letters, receipts and booklets. Documents are printed,
 * not shown in the UI, so their texts live here rather than in the UI catalogs; every language
 * has every text (the type makes a missing one a compile error).
 */
export type DocumentTemplate = {
  language: SupportedLanguage;
  /** Between a label and its value: French sets a (no-break) space before the colon. */
  labelSeparator: string;
  page: {
    pageOf: (current: number, total: number) => string;
    reference: (reference: string) => string;
  };
  letter: {
    documentTitle: string;
    subject: (product: string) => string;
    dateLabel: string;
    ourReferenceLabel: string;
    yourEnquiryLabel: string;
    salutation: (addressee: Addressee) => string;
    introduction: (product: string, enquiryDate: string) => string;
    answerHeading: string;
    referencesHeading: string;
    enclosuresHeading: string;
    furtherQuestions: (contact: string) => string;
    closing: (addressee: Addressee) => string;
    patientAdvice: string;
    professionalContentForPatient: string;
    sourceDocuments: (list: string) => string;
    documentVersion: (reference: string, version: string) => string;
    notReviewedWatermark: string;
    unsignedWatermark: string;
    /** Fills `{{recipientName}}` when the requester gave no name. */
    recipientFallback: string;
  };
  offLabel: {
    banner: string;
    heading: string;
    statement: (product: string, country: string, company: string) => string;
    unsolicited: string;
    approvedIndicationsHeading: (product: string, country: string) => string;
    safetyHeading: string;
    prescribingInformation: (product: string) => string;
    footerMark: string;
  };
  signature: {
    signedBy: string;
    signedAt: string;
    meaning: string;
    boundTo: string;
    meanings: Record<SignatureMeaning, string>;
  };
  receipt: {
    documentTitle: string;
    introduction: string;
    requestHeading: string;
    referenceLabel: string;
    receivedLabel: string;
    eventLabel: string;
    requesterHeading: string;
    nameLabel: string;
    professionLabel: string;
    specialtyLabel: string;
    institutionLabel: string;
    emailLabel: string;
    phoneLabel: string;
    addressLabel: string;
    countryLabel: string;
    productLabel: string;
    questionsHeading: string;
    responseMethodLabel: string;
    unsolicitedConfirmed: string;
    signatureHeading: string;
    privacyHeading: string;
    privacyNotice: (company: string) => string;
    nextStepsHeading: string;
    nextSteps: (method: ResponseMethod, dueDate: string | null) => string;
    contactLine: (contact: string) => string;
    requesterTypes: Record<RequesterType, string>;
    responseMethods: Record<ResponseMethod, string>;
  };
  booklet: {
    defaultTitle: string;
    contents: string;
    internalUse: string;
    preparedOn: (date: string) => string;
    documentDetails: (version: string, effective: string, review: string) => string;
    summaryHeading: string;
    kinds: Record<DocumentKind, string>;
    audiences: Record<Audience, string>;
  };
  /** The text of the e-mail that carries the letter as a PDF (the .eml draft). */
  email: {
    body: (salutation: string, reference: string, company: string) => string;
  };
};
