import type { z } from 'zod';
import type { InquiryContent, InquiryStatus } from './inquiry';

/** Statuses in which an inquiry no longer needs complete content. */
const unfinishedStatuses: readonly InquiryStatus[] = ['draft', 'cancelled', 'duplicate'];

/** Statuses in which the requester has (or had) an answer: off-label needs its proof first. */
export const answeredStatuses: readonly InquiryStatus[] = ['answered', 'closed'];

type Issue = { path: (string | number)[]; message: string };

function contentIssues(inquiry: InquiryContent): Issue[] {
  const issues: Issue[] = [];
  if (!unfinishedStatuses.includes(inquiry.status) && inquiry.questions.length === 0) {
    issues.push({ path: ['questions'], message: 'Add at least one question' });
  }
  const questionIds = new Set(inquiry.questions.map((question) => question.id));
  const textIds = new Set(inquiry.personal.questions.map((question) => question.questionId));
  const isAligned =
    questionIds.size === textIds.size && [...questionIds].every((id) => textIds.has(id));
  if (!isAligned) {
    issues.push({
      path: ['personal', 'questions'],
      message: 'Every question needs exactly one text, and every text one question',
    });
  }
  // Every contact is screened for safety information (GVP VI.B.6): no inquiry leaves draft
  // without the officer's answers (docs/decisions/0021).
  if (inquiry.status !== 'draft' && inquiry.safetyScreen === null) {
    issues.push({ path: ['safetyScreen'], message: 'Answer the safety questions first' });
  }
  return issues;
}

function signatureIssues(inquiry: InquiryContent): Issue[] {
  const ids = inquiry.signatures.map((signature) => signature.id);
  const personalIds = Object.keys(inquiry.personal.signatures);
  const isAligned =
    new Set(ids).size === ids.length &&
    ids.length === personalIds.length &&
    ids.every((id) => personalIds.includes(id));
  return isAligned
    ? []
    : [
        {
          path: ['personal', 'signatures'],
          message: 'Every signature needs its printed name and image, and nothing else',
        },
      ];
}

function offLabelIssues(inquiry: InquiryContent): Issue[] {
  const confirmation = inquiry.unsolicitedConfirmation;
  const issues: Issue[] = [];
  if (
    confirmation?.signatureId &&
    !inquiry.signatures.some((s) => s.id === confirmation.signatureId)
  ) {
    issues.push({
      path: ['unsolicitedConfirmation', 'signatureId'],
      message: 'The confirming signature is not one of this inquiry',
    });
  }
  // Off-label answers are allowed only for unsolicited requests (FDA 2011 draft guidance; ABPI,
  // EFPIA codes): the record must show the confirmation before the requester gets an answer.
  if (inquiry.isOffLabel && answeredStatuses.includes(inquiry.status)) {
    if (confirmation === null) {
      issues.push({
        path: ['unsolicitedConfirmation'],
        message: 'An off-label request needs a confirmation that it was unsolicited',
      });
    } else if (confirmation.initiatedBy !== 'requester') {
      issues.push({
        path: ['unsolicitedConfirmation', 'initiatedBy'],
        message: 'A solicited request cannot be answered off-label',
      });
    }
  }
  return issues;
}

function responseIssues(inquiry: InquiryContent): Issue[] {
  const referral = inquiry.unsolicitedConfirmation?.referral ?? 'none';
  return inquiry.responses.flatMap((response, index): Issue[] => {
    const copiesMsl = response.recipients.includes('referring-msl');
    // Off-label responses go privately to the requester only (FDA 2011 draft guidance).
    if (copiesMsl && (inquiry.isOffLabel || referral !== 'msl')) {
      return [
        {
          path: ['responses', index, 'recipients'],
          message: inquiry.isOffLabel
            ? 'An off-label response goes to the requester only'
            : 'Only a referring MSL can be copied',
        },
      ];
    }
    return [];
  });
}

function followUpIssues(inquiry: InquiryContent): Issue[] {
  const ids = new Set(inquiry.followUps.map((followUp) => followUp.id));
  const orphan = Object.keys(inquiry.personal.followUpNotes).some((id) => !ids.has(id));
  return orphan
    ? [{ path: ['personal', 'followUpNotes'], message: 'A note belongs to no follow-up' }]
    : [];
}

/**
 * The rules between an inquiry's fields, as zod issues (docs/decisions/0020 and 0021). Used by
 * the inquiry schemas' superRefine; the workflow's gates repeat the move-specific ones.
 */
export function checkInquiryRules(inquiry: InquiryContent, context: z.RefinementCtx): void {
  const issues = [
    ...contentIssues(inquiry),
    ...signatureIssues(inquiry),
    ...offLabelIssues(inquiry),
    ...responseIssues(inquiry),
    ...followUpIssues(inquiry),
  ];
  for (const issue of issues) context.addIssue({ code: 'custom', ...issue });
}
