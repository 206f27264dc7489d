import { approvedIndicationsFor } from './approved-indications';
import { problem, type DocumentProblem } from './errors';
import { availabilityProblem, commonProblems } from './common-readiness';
import type { LetterAnswer, ResponseLetterInput } from './letter-input';

/** Patients and caregivers get patient-audience documents and are told to ask their doctor. */
export function isLayRecipient(input: Pick<ResponseLetterInput, 'recipient'>): boolean {
  return input.recipient.type === 'patient' || input.recipient.type === 'caregiver';
}

function nameOf(answer: LetterAnswer): string {
  return answer.document.reference ?? answer.document.title;
}

function documentProblems(input: ResponseLetterInput): DocumentProblem[] {
  const hasOverride = Boolean(input.patientOverrideReason?.trim());
  return input.answers.flatMap((answer) => {
    const reference = nameOf(answer);
    const found: DocumentProblem[] = [];
    const unavailable = availabilityProblem(answer.document, input.letterDate);
    if (unavailable) found.push(unavailable);
    if (answer.document.language.slice(0, 2) !== input.language) {
      found.push(
        problem(
          'document-language-mismatch',
          `${reference} is in "${answer.document.language}", the letter in "${input.language}": choose its variant in the letter's language.`,
          { reference, language: answer.document.language, letterLanguage: input.language },
        ),
      );
    }
    if (isLayRecipient(input) && answer.document.audience === 'hcp' && !hasOverride) {
      found.push(
        problem(
          'hcp-document-for-patient',
          `${reference} is written for healthcare professionals: a patient or caregiver letter needs the reason for using it.`,
          { reference },
        ),
      );
    }
    return found;
  });
}

function offLabelProblems(input: ResponseLetterInput): DocumentProblem[] {
  if (!input.inquiry.isOffLabel) return [];
  const found: DocumentProblem[] = [];
  // Off-label information only in reply to an unsolicited request (FDA draft guidance 2011;
  // EFPIA and ABPI codes).
  if (!input.inquiry.isUnsolicitedConfirmed) {
    found.push(
      problem(
        'unsolicited-not-confirmed',
        'The request is off-label and has not been confirmed as unsolicited: an off-label response may only answer an unsolicited request.',
      ),
    );
  }
  const country = input.recipient.country;
  if (approvedIndicationsFor(input.product.approvedIndications, country).length === 0) {
    found.push(
      problem(
        'approved-indications-missing',
        `${input.product.brandName} has no approved indications recorded for ${country}; an off-label letter must state them.`,
        { product: input.product.brandName, country },
      ),
    );
  }
  if (!input.importantSafetyInformation?.trim()) {
    found.push(
      problem(
        'safety-information-missing',
        'An off-label letter must carry the important safety information.',
      ),
    );
  }
  return found;
}

function recipientProblems(input: ResponseLetterInput): DocumentProblem[] {
  const method = input.inquiry.responseMethod;
  if (method === 'letter' && !input.recipient.address?.trim()) {
    return [
      problem(
        'recipient-address-missing',
        'The letter goes by post and the recipient has no postal address.',
      ),
    ];
  }
  if (method === 'email' && !input.recipient.email?.trim()) {
    return [
      problem(
        'recipient-email-missing',
        'The letter goes by e-mail and the recipient has no e-mail address.',
      ),
    ];
  }
  return [];
}

/**
 * Everything that stops this letter from being generated, all at once so the officer can fix
 * them together: an empty letterhead, a missing address for the chosen way of sending, documents
 * that are not sendable or not in the letter's language, an HCP document for a patient without
 * a reason, off-label rules, an invalid logo and right-to-left text. Empty when ready.
 */
export function checkLetterReadiness(input: ResponseLetterInput): DocumentProblem[] {
  const found: DocumentProblem[] = [...commonProblems(input), ...recipientProblems(input)];
  if (input.questions.every((question) => !question.trim())) {
    found.push(problem('no-question', 'The letter restates the question, and there is none.'));
  }
  if (input.answers.length === 0) {
    found.push(problem('no-answer', 'Choose at least one approved document to answer with.'));
  }
  return [...found, ...documentProblems(input), ...offLabelProblems(input)];
}
