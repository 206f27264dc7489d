import type { Id } from '../schemas/common';
import type { CustomResponse, ResponseRecord } from '../schemas/inquiry-records';
import type { SignatureBinding } from '../signatures/schema';

/*
 * What the e-signatures of letters cover (decision 0043). Responses live inside their inquiry,
 * in an array a field path cannot reach, so a signature names the response itself as its record
 * (a table of its own name): the inquiry's signed-field locks are untouched, and
 * `verifySignature(signature, response)` checks it against the stored response.
 */

/** The binding table of "sent" signatures over a response record. */
export const responseSignatureTable = 'inquiry-responses';
/** The binding table of review signatures over a custom response. */
export const customResponseSignatureTable = 'inquiry-custom-responses';

type SignedContent<T> = { binding: SignatureBinding; record: T };

export type SentLetterContent = Pick<
  ResponseRecord,
  'id' | 'method' | 'language' | 'documentIds' | 'recipients' | 'letterContentSha256'
>;

const sentFields = [
  'id',
  'method',
  'language',
  'documentIds',
  'recipients',
  'letterContentSha256',
] as const satisfies readonly (keyof SentLetterContent)[];

/** The binding and record of the "sent" signature of a letter about to be recorded. */
export function sentLetterSignedContent(
  content: SentLetterContent,
): SignedContent<SentLetterContent> {
  return {
    binding: { table: responseSignatureTable, recordId: content.id, fields: [...sentFields] },
    record: content,
  };
}

export type ReviewedContent = Pick<
  CustomResponse,
  'id' | 'documentIds' | 'language' | 'textSha256'
>;

/** The binding and record of a specialist's review of a custom response. */
export function customResponseSignedContent(
  custom: CustomResponse,
): SignedContent<ReviewedContent> {
  return {
    binding: {
      table: customResponseSignatureTable,
      recordId: custom.id satisfies Id,
      fields: ['id', 'documentIds', 'language', 'textSha256'],
    },
    record: {
      id: custom.id,
      documentIds: custom.documentIds,
      language: custom.language,
      textSha256: custom.textSha256,
    },
  };
}
