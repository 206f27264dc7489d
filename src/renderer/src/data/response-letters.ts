import type {
  CustomResponse,
  Id,
  Inquiry,
  Language,
  ResponseMethod,
} from '../../../shared/schemas';
import { createId } from '../../../shared/domain';
import { editedTextsHash } from '../../../shared/documents';
import type { Signature } from '../../../shared/signatures';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { responseRecordOf, type ResponseInput } from './inquiry-actions';
import { commitSynced, type Actor } from './write-synced';

/*
 * Letters made in the app: a sent letter is recorded with the e-signature printed on it, in one
 * write; a custom response (edited answer text) waits for an mi-specialist's review first.
 */

async function changeInquiry(
  db: MedinfoDatabase,
  id: Id,
  actor: Actor,
  change: (current: Inquiry) => Inquiry,
  signatures: readonly Signature[],
): Promise<Inquiry> {
  const [receipt] = await commitSynced(db, {
    table: 'inquiries',
    actor,
    operation: 'put',
    ids: [id],
    signatures,
    build: (current) => {
      const record = current[0];
      if (!record || record.deleted) throw new RecordNotFoundError('inquiries', id);
      return [change(record)];
    },
  });
  if (!receipt) throw new RecordNotFoundError('inquiries', id);
  return receipt.record;
}

function customResponseOf(inquiry: Inquiry, customId: Id): CustomResponse {
  const found = inquiry.customResponses.find((custom) => custom.id === customId);
  if (!found) throw new RecordNotFoundError('inquiry custom responses', customId);
  return found;
}

/**
 * Records a letter as sent, with its "sent" e-signature (and, for a custom response, marks that
 * one sent) in one write. Throws as `recordResponse`, and RecordNotFoundError for an unknown
 * custom response.
 */
export async function recordSentLetter(
  db: MedinfoDatabase,
  inquiryId: Id,
  input: ResponseInput & { customResponseId?: Id | null },
  signatures: readonly Signature[],
  actor: Actor,
): Promise<Inquiry> {
  const { customResponseId, ...response } = input;
  const record = responseRecordOf(response, actor);
  return changeInquiry(
    db,
    inquiryId,
    actor,
    (current) => {
      if (customResponseId) customResponseOf(current, customResponseId);
      return {
        ...current,
        responses: [...current.responses, record],
        customResponses: current.customResponses.map((custom) =>
          custom.id === customResponseId ? { ...custom, status: 'sent' } : custom,
        ),
      };
    },
    signatures,
  );
}

export type CustomResponseInput = {
  method: ResponseMethod;
  language: Language;
  documentIds: Id[];
  /** The edited answer texts, by document id. */
  texts: Record<Id, string>;
};

/** Puts a custom response up for an mi-specialist's review; returns it with the inquiry. */
export async function submitCustomResponse(
  db: MedinfoDatabase,
  inquiryId: Id,
  input: CustomResponseInput,
  actor: Actor,
): Promise<{ inquiry: Inquiry; customResponse: CustomResponse }> {
  const customResponse: CustomResponse = {
    id: createId(),
    preparedAt: actor.at,
    preparedBy: actor.userId,
    method: input.method,
    language: input.language,
    documentIds: input.documentIds,
    textSha256: editedTextsHash(input.texts),
    status: 'awaiting-review',
    reviewSignatureId: null,
  };
  const inquiry = await changeInquiry(
    db,
    inquiryId,
    actor,
    (current) => ({
      ...current,
      customResponses: [...current.customResponses, customResponse],
      personal: {
        ...current.personal,
        customResponseTexts: {
          ...current.personal.customResponseTexts,
          [customResponse.id]: input.texts,
        },
      },
    }),
    [],
  );
  return { inquiry, customResponse };
}

/**
 * Records an mi-specialist's review of a custom response with the review signature. Throws
 * RecordNotFoundError for an unknown one, and an Error when it is not waiting for review or the
 * reviewer is its author.
 */
export async function recordCustomResponseReview(
  db: MedinfoDatabase,
  inquiryId: Id,
  customId: Id,
  signature: Signature,
  actor: Actor,
): Promise<Inquiry> {
  return changeInquiry(
    db,
    inquiryId,
    actor,
    (current) => {
      const custom = customResponseOf(current, customId);
      if (custom.status !== 'awaiting-review') {
        throw new Error('This custom response is not waiting for review.');
      }
      // Four eyes: whoever wrote the text does not review it.
      if (custom.preparedBy === actor.userId) {
        throw new Error('A custom response is reviewed by someone other than its author.');
      }
      return {
        ...current,
        customResponses: current.customResponses.map((custom) =>
          custom.id === customId
            ? { ...custom, status: 'reviewed', reviewSignatureId: signature.id }
            : custom,
        ),
      };
    },
    [signature],
  );
}
