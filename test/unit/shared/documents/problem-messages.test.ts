import { describe, expect, it } from 'vitest';
import { catalogs, supportedLanguages } from '../../../../src/shared/i18n';
import {
  checkBookletReadiness,
  checkLetterReadiness,
  checkReceiptReadiness,
  documentProblemCodes,
  type DocumentProblem,
} from '../../../../src/shared/documents';
import { expiredDocument, periopGerman } from '../../../fixtures/documents/documents';
import { letterInput } from '../../../fixtures/documents/letters';
import { bookletInput, receiptInput } from '../../../fixtures/documents/receipts';

/** Problems of many kinds, from inputs an officer could plausibly produce. */
function sampleProblems(): DocumentProblem[] {
  const base = letterInput();
  const letter = letterInput({
    letterhead: { ...base.letterhead, companyName: '' },
    logoDataUrl: 'data:image/gif;base64,R0lGOD',
    recipient: {
      ...base.recipient,
      type: 'caregiver',
      address: null,
      name: 'ליה כהן',
      country: 'JP',
    },
    inquiry: { ...base.inquiry, isOffLabel: true, isUnsolicitedConfirmed: false },
    answers: [{ document: expiredDocument }, { document: periopGerman }],
    questions: [],
  });
  const receipt = receiptInput({
    signature: { ...receiptInput().signature, printedName: ' ', imageDataUrl: null },
  });
  const booklet = bookletInput({ documents: [] });
  return [
    ...checkLetterReadiness(letter),
    ...checkReceiptReadiness(receipt),
    ...checkBookletReadiness(booklet),
  ];
}

describe('problem messages in the UI catalogs', () => {
  it.each(supportedLanguages)('%s has a message for every problem code', (language) => {
    expect(Object.keys(catalogs[language].documentProblems).sort()).toEqual(
      [...documentProblemCodes].sort(),
    );
  });

  it.each(supportedLanguages)(
    '%s messages find every value they name in the problem',
    (language) => {
      const problems = sampleProblems();
      expect(new Set(problems.map((problem) => problem.code)).size).toBeGreaterThanOrEqual(12);
      for (const problem of problems) {
        const message: string = catalogs[language].documentProblems[problem.code];
        const names = [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '');
        for (const name of names)
          expect(problem.values, `${problem.code}: ${name}`).toHaveProperty(name);
      }
    },
  );
});
