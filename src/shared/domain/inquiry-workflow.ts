import type { Inquiry, InquiryStatus } from '../schemas/inquiry';
import { currentValidSignature } from './inquiry-signature';

/**
 * The inquiry workflow as data: from each status, the statuses a person may move it to.
 * draft → open → in progress ⇄ awaiting information → answered → closed, with cancelled and
 * duplicate as side exits. Reopening (answered or closed → in progress) serves a follow-up
 * question; a duplicate marked by mistake goes back to open. Cancelled is final.
 */
export const inquiryTransitions: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  draft: ['open', 'cancelled'],
  open: ['in-progress', 'awaiting-information', 'answered', 'cancelled', 'duplicate'],
  'in-progress': ['awaiting-information', 'answered', 'cancelled', 'duplicate'],
  'awaiting-information': ['in-progress', 'answered', 'cancelled'],
  answered: ['closed', 'in-progress'],
  closed: ['in-progress'],
  cancelled: [],
  duplicate: ['open'],
};

/** Statuses in which an inquiry still needs work: the "overdue" and "my open" views use them. */
export const activeStatuses: readonly InquiryStatus[] = [
  'open',
  'in-progress',
  'awaiting-information',
];

/** Why a move is refused; each has a message in the `workflow.blockers` catalog section. */
export type TransitionBlocker =
  | 'not-allowed'
  | 'no-questions'
  | 'safety-screen-missing'
  | 'no-response'
  | 'unsolicited-confirmation-missing'
  | 'request-solicited'
  | 'unsolicited-signature-invalid'
  | 'no-linked-inquiry';

/** Whether the table allows the move at all (before looking at the inquiry's content). */
export function isTransitionAllowed(from: InquiryStatus, to: InquiryStatus): boolean {
  return inquiryTransitions[from].includes(to);
}

function offLabelBlockers(inquiry: Inquiry): TransitionBlocker[] {
  if (!inquiry.isOffLabel) return [];
  const confirmation = inquiry.unsolicitedConfirmation;
  if (confirmation === null) return ['unsolicited-confirmation-missing'];
  if (confirmation.initiatedBy !== 'requester') return ['request-solicited'];
  // The proof must still hold: a signature whose content changed proves nothing.
  if (confirmation.method === 'signature') {
    const valid = currentValidSignature(inquiry);
    if (valid === null || valid.signature.id !== confirmation.signatureId) {
      return ['unsolicited-signature-invalid'];
    }
  }
  return [];
}

/**
 * Everything that stops `inquiry` from moving to `to`, empty when the move may happen:
 * - leaving draft (except to cancelled) needs questions and the safety screen answered: every
 *   contact is screened, so no inquiry is worked on without it (GVP VI.B.6);
 * - answered needs a recorded response and, off-label, a confirmation that the request was
 *   unsolicited, made by the requester, with a proof that still holds (FDA 2011 draft guidance);
 * - duplicate needs the inquiry it duplicates linked.
 */
export function transitionBlockers(inquiry: Inquiry, to: InquiryStatus): TransitionBlocker[] {
  if (!isTransitionAllowed(inquiry.status, to)) return ['not-allowed'];
  const blockers: TransitionBlocker[] = [];
  const isWorkedOn = to !== 'cancelled' && to !== 'duplicate';
  if (isWorkedOn && inquiry.questions.length === 0) blockers.push('no-questions');
  if (to !== 'cancelled' && inquiry.safetyScreen === null) blockers.push('safety-screen-missing');
  if (to === 'answered') {
    if (inquiry.responses.length === 0) blockers.push('no-response');
    blockers.push(...offLabelBlockers(inquiry));
  }
  if (to === 'duplicate' && inquiry.linkedInquiryIds.length === 0) {
    blockers.push('no-linked-inquiry');
  }
  return blockers;
}

/** The moves the table offers from the inquiry's status, each with what blocks it. */
export function availableTransitions(
  inquiry: Inquiry,
): { to: InquiryStatus; blockers: TransitionBlocker[] }[] {
  return inquiryTransitions[inquiry.status].map((to) => ({
    to,
    blockers: transitionBlockers(inquiry, to),
  }));
}

/** A refused status change, with every reason. */
export class InquiryTransitionError extends Error {
  override name = 'InquiryTransitionError';
  constructor(
    readonly from: InquiryStatus,
    readonly to: InquiryStatus,
    readonly blockers: readonly TransitionBlocker[],
  ) {
    super(`An inquiry cannot move from ${from} to ${to}: ${blockers.join(', ')}`);
  }
}

/**
 * The inquiry after moving to `to`. Throws an InquiryTransitionError naming every blocker
 * when the move is not allowed or the inquiry is not ready for it.
 */
export function applyTransition(inquiry: Inquiry, to: InquiryStatus): Inquiry {
  const blockers = transitionBlockers(inquiry, to);
  if (blockers.length > 0) throw new InquiryTransitionError(inquiry.status, to, blockers);
  return { ...inquiry, status: to };
}

/** Whether the inquiry is past its due date on `today` while still needing work. */
export function isOverdue(inquiry: Pick<Inquiry, 'status' | 'dueDate'>, today: string): boolean {
  return activeStatuses.includes(inquiry.status) && inquiry.dueDate < today;
}
