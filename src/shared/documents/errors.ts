/**
 * What stops a document from being generated. Each problem has a stable code the UI translates
 * (i18n area `documents`), the values its message needs, and an English message for logs and
 * errors.
 */
export const documentProblemCodes = [
  'letterhead-company-missing',
  'recipient-address-missing',
  'recipient-email-missing',
  'no-question',
  'no-answer',
  'no-documents',
  'document-not-approved',
  'document-not-yet-effective',
  'document-expired',
  'document-deleted',
  'document-language-mismatch',
  'hcp-document-for-patient',
  'unsolicited-not-confirmed',
  'approved-indications-missing',
  'safety-information-missing',
  'signature-missing',
  'signature-image-invalid',
  'logo-invalid',
  'right-to-left-text',
] as const;
export type DocumentProblemCode = (typeof documentProblemCodes)[number];

export type DocumentProblem = {
  code: DocumentProblemCode;
  /** Values for the translated message: a document reference, a field path, a language. */
  values: Record<string, string>;
  message: string;
};

/** Thrown by a builder whose input is not ready: lists every problem, not only the first. */
export class DocumentNotReadyError extends Error {
  readonly problems: readonly DocumentProblem[];

  constructor(documentName: string, problems: readonly DocumentProblem[]) {
    const list = problems.map((problem) => `- ${problem.message}`).join('\n');
    super(`The ${documentName} cannot be generated:\n${list}`);
    this.name = 'DocumentNotReadyError';
    this.problems = problems;
  }
}

export function problem(
  code: DocumentProblemCode,
  message: string,
  values: Record<string, string> = {},
): DocumentProblem {
  return { code, message, values };
}

/** Throws a DocumentNotReadyError when there is any problem. */
export function assertReady(documentName: string, problems: readonly DocumentProblem[]): void {
  if (problems.length > 0) throw new DocumentNotReadyError(documentName, problems);
}
