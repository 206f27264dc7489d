import {
  buildLetterEmail,
  letterContentHash,
  letterFileName,
  sentLetterSignedContent,
  type DocumentSignature,
  type ResponseLetterInput,
} from '../../../../shared/documents';
import { createId, sha256HexOf } from '../../../../shared/domain';
import type { CustomResponse, Inquiry, User } from '../../../../shared/schemas';
import type { ElectronicSignature, Signature } from '../../../../shared/signatures';
import { currentActor } from '../../app/session';
import { getDatabase, recordSentLetter } from '../../data';
import type { SignatureRequest } from '../identity';
import { printedSignature, renderLetter, saveLetterEmail, saveLetterPdf } from './letter-output';

/*
 * Sending: the officer e-signs ("sent"), the signature's manifestation is printed on the
 * letter, the frozen PDF is saved (and, for e-mail, an .eml draft beside it) and the response is
 * recorded with the documents used and the PDF's SHA-256.
 */

export type SendRequest = {
  inquiry: Inquiry;
  /** The unsigned letter as previewed. */
  input: ResponseLetterInput;
  documentIds: string[];
  author: User;
  statement: string;
  /** A reviewed custom response the letter carries, with its review signature. */
  review: { custom: CustomResponse; signature: ElectronicSignature } | null;
  requestSignature: (request: SignatureRequest) => Promise<ElectronicSignature | null>;
};

/** A signed letter, saved, waiting to be recorded (at once by post; after confirming by e-mail). */
export type SignedLetter = { record: () => Promise<Inquiry>; pdf: Uint8Array };

function reviewPrint(review: SendRequest['review'], jobTitle: string | null): DocumentSignature[] {
  if (!review) return [];
  return [printedSignature(review.signature, 'custom-response-reviewed', jobTitle)];
}

/** Signs, renders and saves the letter; null when the officer cancels signing or saving. */
export async function signAndSaveLetter(request: SendRequest): Promise<SignedLetter | null> {
  const { input, inquiry } = request;
  const responseId = createId();
  const content = {
    id: responseId,
    method: input.inquiry.responseMethod,
    language: input.language,
    documentIds: request.documentIds,
    recipients: ['requester' as const],
    letterContentSha256: letterContentHash(input),
  };
  const signature = await request.requestSignature({
    meaning: 'sent',
    statement: request.statement,
    ...sentLetterSignedContent(content),
  });
  if (!signature) return null;
  const jobTitle = request.author.jobTitle || null;
  const signed: ResponseLetterInput = {
    ...input,
    generatedAt: signature.signedAt,
    signatures: [
      ...reviewPrint(request.review, null),
      printedSignature(signature, 'response-released', jobTitle),
    ],
  };
  const pdf = await renderLetter(signed);
  if (!(await saveLetterPdf(signed, pdf))) return null;
  if (content.method === 'email') {
    const eml = buildLetterEmail({
      letter: signed,
      pdf: { fileName: letterFileName(inquiry.reference, signed.language, 'pdf'), bytes: pdf },
      date: signature.signedAt,
      messageId: `${responseId}@medinfo.invalid`,
    });
    if (!(await saveLetterEmail(signed, eml))) return null;
  }
  const signatures: Signature[] = [signature];
  return {
    pdf,
    record: () =>
      recordSentLetter(
        getDatabase(),
        inquiry.id,
        {
          ...content,
          sentAt: currentActor().at,
          pdfSha256: sha256HexOf(pdf),
          signatureId: signature.id,
          reviewSignatureId: request.review?.signature.id ?? null,
          customResponseId: request.review?.custom.id ?? null,
        },
        signatures,
        currentActor(),
      ),
  };
}
