import type {
  FollowUp,
  Id,
  Inquiry,
  InquiryQuestion,
  InquiryStatus,
  ResponseRecord,
  SafetyScreen,
  UnsolicitedConfirmation,
} from '../../../shared/schemas';
import { applyTransition, createId } from '../../../shared/domain';
import type { SafetySignalKind } from '../../../shared/safety/signal';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { modifySynced } from './write-modify';
import type { Actor } from './write-synced';

/*
 * The officer's actions on an inquiry, each one audited write through the synced write path.
 * Each change is made to the stored version and made again on the newer one when another write
 * gets in first, so two windows acting at once cannot lose each other's change. All throw RecordNotFoundError for an unknown inquiry and a
 * ZodError when the result breaks a rule of the inquiry schema.
 */

function modifyInquiry(
  db: MedinfoDatabase,
  id: Id,
  actor: Actor,
  change: (current: Inquiry) => Inquiry,
): Promise<Inquiry> {
  return modifySynced(db, 'inquiries', id, actor, change);
}

/**
 * Moves an inquiry along the workflow (src/shared/domain/inquiry-workflow.ts). Starting work on
 * an unassigned inquiry assigns it to the actor. Throws an InquiryTransitionError naming every
 * blocker when the move is not allowed.
 */
export async function changeInquiryStatus(
  db: MedinfoDatabase,
  id: Id,
  to: InquiryStatus,
  actor: Actor,
): Promise<Inquiry> {
  return modifyInquiry(db, id, actor, (current) => {
    const moved = applyTransition(current, to);
    const isUnassigned = moved.assignedTo === null && to === 'in-progress';
    return isUnassigned ? { ...moved, assignedTo: actor.userId } : moved;
  });
}

/** Assigns the inquiry to an officer, or unassigns it with null. */
export async function assignInquiry(
  db: MedinfoDatabase,
  id: Id,
  userId: Id | null,
  actor: Actor,
): Promise<Inquiry> {
  return modifyInquiry(db, id, actor, (current) => ({ ...current, assignedTo: userId }));
}

/** Replaces the officer's notes (personal text). */
export async function saveInquiryNotes(
  db: MedinfoDatabase,
  id: Id,
  notes: string,
  actor: Actor,
): Promise<Inquiry> {
  return modifyInquiry(db, id, actor, (current) => ({
    ...current,
    personal: { ...current.personal, notes },
  }));
}

/** Changes a question's category and linked documents; its text is the requester's. */
export async function updateInquiryQuestion(
  db: MedinfoDatabase,
  id: Id,
  question: InquiryQuestion,
  actor: Actor,
): Promise<Inquiry> {
  return modifyInquiry(db, id, actor, (current) => {
    if (!current.questions.some((existing) => existing.id === question.id)) {
      throw new RecordNotFoundError('inquiry questions', question.id);
    }
    return {
      ...current,
      questions: current.questions.map((existing) =>
        existing.id === question.id ? question : existing,
      ),
    };
  });
}

/**
 * Records the answers to the three safety questions, and the reason for each kind screening
 * flagged but the officer answered "no" to (kept in the personal part: free text; appended to
 * earlier ones). The write is audited. Throws as modifyInquiry; a ZodError for a reason under
 * five characters.
 */
export async function saveSafetyScreen(
  db: MedinfoDatabase,
  id: Id,
  answers: Omit<SafetyScreen, 'answeredAt'>,
  actor: Actor,
  dismissals: readonly { kind: SafetySignalKind; reason: string }[] = [],
): Promise<Inquiry> {
  return modifyInquiry(db, id, actor, (current) => ({
    ...current,
    safetyScreen: { answeredAt: actor.at, ...answers },
    personal:
      dismissals.length === 0
        ? current.personal
        : {
            ...current.personal,
            safetyDismissals: [
              ...(current.personal.safetyDismissals ?? []),
              ...dismissals.map((dismissal) => ({ ...dismissal, at: actor.at })),
            ],
          },
  }));
}

/** Marks the inquiry off-label (a use outside the approved labelling of its country) or not. */
export async function setInquiryOffLabel(
  db: MedinfoDatabase,
  id: Id,
  isOffLabel: boolean,
  actor: Actor,
): Promise<Inquiry> {
  return modifyInquiry(db, id, actor, (current) => ({ ...current, isOffLabel }));
}

export type UnsolicitedConfirmationInput = Omit<
  UnsolicitedConfirmation,
  'confirmedAt' | 'recordedBy'
> & {
  referrerName: string | null;
};

/** Records who initiated the request, who referred it and the proof that it was unsolicited. */
export async function confirmUnsolicited(
  db: MedinfoDatabase,
  id: Id,
  input: UnsolicitedConfirmationInput,
  actor: Actor,
): Promise<Inquiry> {
  const { referrerName, ...confirmation } = input;
  return modifyInquiry(db, id, actor, (current) => ({
    ...current,
    unsolicitedConfirmation: { ...confirmation, confirmedAt: actor.at, recordedBy: actor.userId },
    personal: { ...current.personal, referrerName },
  }));
}

/** Records a follow-up contact with what was said. */
export async function addFollowUp(
  db: MedinfoDatabase,
  id: Id,
  input: Pick<FollowUp, 'channel' | 'direction'> & { note: string },
  actor: Actor,
): Promise<Inquiry> {
  const followUp: FollowUp = {
    id: createId(),
    at: actor.at,
    by: actor.userId,
    channel: input.channel,
    direction: input.direction,
  };
  return modifyInquiry(db, id, actor, (current) => ({
    ...current,
    followUps: [...current.followUps, followUp],
    personal: {
      ...current.personal,
      followUpNotes: { ...current.personal.followUpNotes, [followUp.id]: input.note },
    },
  }));
}

/** What a recorded response says; the letter's fields are for letters made in the app. */
export type ResponseInput = Pick<
  ResponseRecord,
  'method' | 'documentIds' | 'recipients' | 'sentAt'
> &
  Partial<
    Pick<
      ResponseRecord,
      'id' | 'language' | 'letterContentSha256' | 'pdfSha256' | 'signatureId' | 'reviewSignatureId'
    >
  >;

/** The response record of an input, sent by the actor; the letter's fields default to none. */
export function responseRecordOf(input: ResponseInput, actor: Actor): ResponseRecord {
  return {
    id: createId(),
    language: null,
    letterContentSha256: null,
    pdfSha256: null,
    signatureId: null,
    reviewSignatureId: null,
    ...input,
    sentBy: actor.userId,
  };
}

/** Records what was sent (or read out) with which documents; sent by the actor. */
export async function recordResponse(
  db: MedinfoDatabase,
  id: Id,
  input: ResponseInput,
  actor: Actor,
): Promise<Inquiry> {
  const response = responseRecordOf(input, actor);
  return modifyInquiry(db, id, actor, (current) => ({
    ...current,
    responses: [...current.responses, response],
  }));
}

/** Links another inquiry as the same or a related request (both ways is the caller's choice). */
export async function linkInquiry(
  db: MedinfoDatabase,
  id: Id,
  otherId: Id,
  actor: Actor,
): Promise<Inquiry> {
  return modifyInquiry(db, id, actor, (current) =>
    current.linkedInquiryIds.includes(otherId)
      ? current
      : { ...current, linkedInquiryIds: [...current.linkedInquiryIds, otherId] },
  );
}
