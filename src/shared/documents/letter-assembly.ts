import type { SupportedLanguage } from '../i18n/index';
import type { Id, IsoDate, Timestamp } from '../schemas/common';
import type { Inquiry } from '../schemas/inquiry';
import type { Product } from '../schemas/product';
import type { ResponseDocument } from '../schemas/response-document';
import type { Letterhead } from '../schemas/settings';
import { contentHashOf } from '../signatures/binding';
import type { LetterAuthor, LetterSourceDocument, ResponseLetterInput } from './letter-input';
import type { DocumentSignature } from './signature';
import { referenceFromLiterature } from './vancouver';

/*
 * From an inquiry as the store holds it to the input of the response letter: what the letter
 * screen, the batch and the benchmark all build on. Pure: the caller passes the clock.
 */

/** How a letter leaves: by post, or as a PDF attached to an e-mail. */
export type LetterMethod = 'letter' | 'email';

export type LetterAssemblyInput = {
  /** With its personal part readable (the requester, the questions). */
  inquiry: Inquiry;
  /** The documents to answer with, in the letter's language, in order. */
  documents: readonly ResponseDocument[];
  /** Answer texts the officer changed, by document id. */
  editedBodies?: Readonly<Record<Id, string>>;
  products: readonly Product[];
  letterhead: Letterhead;
  language: SupportedLanguage;
  method: LetterMethod;
  author: LetterAuthor;
  letterDate: IsoDate;
  generatedAt: Timestamp;
  importantSafetyInformation?: string | null;
  patientOverrideReason?: string | null;
  signatures?: DocumentSignature[];
};

/** The approved documents linked to the inquiry's questions, each once, in question order. */
export function linkedDocumentIdsOf(inquiry: Pick<Inquiry, 'questions'>): Id[] {
  return [...new Set(inquiry.questions.flatMap((question) => question.linkedDocumentIds))];
}

/** A library document as a letter prints it: references in Vancouver style. */
export function letterSourceOf(document: ResponseDocument): LetterSourceDocument {
  return {
    id: document.id,
    reference: document.reference,
    title: document.title,
    version: document.version,
    audience: document.audience,
    language: document.language,
    body: document.body,
    status: document.status,
    effectiveDate: document.effectiveDate,
    reviewDate: document.reviewDate,
    deleted: document.deleted,
    references: document.references.map(referenceFromLiterature),
  };
}

/** The product the letter is about: the first of the inquiry's that a document covers. */
function productOf(input: LetterAssemblyInput): ResponseLetterInput['product'] {
  const covered = new Set(input.documents.flatMap((document) => document.productIds));
  const ofInquiry = input.products.filter((product) =>
    input.inquiry.productIds.includes(product.id),
  );
  const product = ofInquiry.find((candidate) => covered.has(candidate.id)) ?? ofInquiry[0];
  return product
    ? {
        brandName: product.brandName,
        genericName: product.genericName,
        approvedIndications: product.approvedIndications,
      }
    : { brandName: '—', genericName: '—', approvedIndications: [] };
}

/** The response letter's input for an inquiry; `checkLetterReadiness` says if it can be built. */
export function assembleLetterInput(input: LetterAssemblyInput): ResponseLetterInput {
  const { inquiry } = input;
  const person = inquiry.personal.requester;
  return {
    language: input.language,
    letterhead: input.letterhead,
    logoDataUrl: null,
    letterDate: input.letterDate,
    generatedAt: input.generatedAt,
    inquiry: {
      reference: inquiry.reference,
      receivedAt: inquiry.receivedAt,
      responseMethod: input.method,
      isOffLabel: inquiry.isOffLabel,
      isUnsolicitedConfirmed: inquiry.unsolicitedConfirmation !== null,
    },
    recipient: {
      type: inquiry.requester.type,
      name: person.name,
      institution: person.institution,
      address: person.address,
      email: person.email,
      country: inquiry.requester.country,
    },
    product: productOf(input),
    questions: inquiry.personal.questions.map((question) => question.text),
    answers: input.documents.map((document) => ({
      document: letterSourceOf(document),
      editedBody: input.editedBodies?.[document.id] ?? null,
    })),
    enclosures: [],
    importantSafetyInformation: input.importantSafetyInformation ?? null,
    patientOverrideReason: input.patientOverrideReason ?? null,
    author: input.author,
    signatures: input.signatures ?? [],
  };
}

/**
 * SHA-256 of what the letter says, without its signatures and the moment it was generated:
 * the content the "sent" e-signature covers. The signed PDF itself cannot be what is signed —
 * it prints the signature — so its own hash is recorded beside it.
 */
export function letterContentHash(input: ResponseLetterInput): string {
  const { signatures: _signatures, generatedAt: _generatedAt, ...content } = input;
  return contentHashOf(content);
}

/** SHA-256 of a custom response's edited texts: what the specialist's review covers. */
export function editedTextsHash(texts: Readonly<Record<Id, string>>): string {
  return contentHashOf(texts);
}

/** `MI-2026-K7Q-000123-en.pdf`: the reference and language, safe on every file system. */
export function letterFileName(
  reference: string,
  language: SupportedLanguage,
  extension: 'pdf' | 'eml',
): string {
  return `${reference.replace(/[^A-Za-z0-9-]/g, '_')}-${language}.${extension}`;
}
