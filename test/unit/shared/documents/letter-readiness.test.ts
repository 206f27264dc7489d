import { describe, expect, it } from 'vitest';
import {
  buildResponseLetter,
  checkLetterReadiness,
  DocumentNotReadyError,
  type DocumentProblem,
} from '../../../../src/shared/documents';
import {
  expiredDocument,
  missedDosePatient,
  periopEnglish,
  periopGerman,
} from '../../../fixtures/documents/documents';
import { letterInput, trombexaSafetyInformation } from '../../../fixtures/documents/letters';

function codes(problems: readonly DocumentProblem[]): string[] {
  return problems.map((problem) => problem.code);
}

describe('letter readiness', () => {
  it('finds nothing wrong with a complete letter', () => {
    expect(checkLetterReadiness(letterInput())).toEqual([]);
  });

  it('lists every missing piece at once: letterhead, postal address, expired document', () => {
    const input = letterInput({
      letterhead: { ...letterInput().letterhead, companyName: '  ' },
      recipient: { ...letterInput().recipient, address: null },
      answers: [{ document: periopEnglish }, { document: expiredDocument }],
    });
    const problems = checkLetterReadiness(input);
    expect(codes(problems)).toEqual([
      'letterhead-company-missing',
      'recipient-address-missing',
      'document-expired',
    ]);
    expect(problems[2]?.values).toEqual({ reference: 'SRD-TRX-009', reviewDate: '2024-01-01' });
    expect(() => buildResponseLetter(input)).toThrow(DocumentNotReadyError);
    expect(() => buildResponseLetter(input)).toThrow(
      /SRD-TRX-009 passed its review date \(2024-01-01\)/,
    );
  });

  it('needs an e-mail address for a letter sent by e-mail, and no postal address', () => {
    const recipient = { ...letterInput().recipient, address: null, email: null };
    const byEmail = letterInput({
      recipient,
      inquiry: { ...letterInput().inquiry, responseMethod: 'email' },
    });
    expect(codes(checkLetterReadiness(byEmail))).toEqual(['recipient-email-missing']);
  });

  it('refuses a document in another language than the letter: never machine translation', () => {
    const input = letterInput({ answers: [{ document: periopGerman }] });
    expect(codes(checkLetterReadiness(input))).toEqual(['document-language-mismatch']);
  });

  it('refuses an off-label letter for a request not confirmed as unsolicited', () => {
    const input = letterInput({
      inquiry: { ...letterInput().inquiry, isOffLabel: true, isUnsolicitedConfirmed: false },
      recipient: { ...letterInput().recipient, country: 'DE' },
      importantSafetyInformation: trombexaSafetyInformation,
    });
    expect(codes(checkLetterReadiness(input))).toEqual(['unsolicited-not-confirmed']);
    expect(() => buildResponseLetter(input)).toThrow(/may only answer an unsolicited request/);
  });

  it('needs approved indications for the recipient’s country and the safety information off-label', () => {
    const input = letterInput({
      inquiry: { ...letterInput().inquiry, isOffLabel: true, isUnsolicitedConfirmed: true },
      recipient: { ...letterInput().recipient, country: 'JP' },
      importantSafetyInformation: ' ',
    });
    expect(codes(checkLetterReadiness(input))).toEqual([
      'approved-indications-missing',
      'safety-information-missing',
    ]);
  });

  it('refuses a document written for professionals in a patient letter unless a reason is given', () => {
    const recipient = { ...letterInput().recipient, type: 'patient' as const };
    const input = letterInput({
      recipient,
      answers: [{ document: periopEnglish }, { document: missedDosePatient }],
    });
    expect(checkLetterReadiness(input)).toMatchObject([
      { code: 'hcp-document-for-patient', values: { reference: 'SRD-TRX-001' } },
    ]);
    expect(
      checkLetterReadiness({
        ...input,
        patientOverrideReason: 'The patient is a retired cardiologist.',
      }),
    ).toEqual([]);
  });

  it('refuses right-to-left text with the field it is in', () => {
    const input = letterInput({
      recipient: { ...letterInput().recipient, name: 'د. ليلى حداد' },
      questions: ['מה המינון?'],
    });
    expect(checkLetterReadiness(input)).toMatchObject([
      { code: 'right-to-left-text', values: { field: 'recipient.name' } },
      { code: 'right-to-left-text', values: { field: 'questions[0]' } },
    ]);
  });

  it('refuses a logo that is not a PNG or JPEG data URL', () => {
    const input = letterInput({ logoDataUrl: 'https://example.org/logo.png' });
    expect(codes(checkLetterReadiness(input))).toEqual(['logo-invalid']);
  });
});
