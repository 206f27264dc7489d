/*
 * Printable documents: pure pdfmake document definitions built from data and settings.
 * Adapters turn them into bytes: src/renderer/src/documents (browser) and
 * src/server/documents (Node: server, tests, benchmarks).
 */
export * from './pdf-content';
export { copyDocument } from './clone';
export * from './errors';
export * from './fonts';
export * from './locale';
export * from './scripts';
export * from './vancouver';
export * from './placeholders';
export * from './approved-indications';
export * from './image-data';
export { markdownToPdf, type MarkdownOptions } from './markdown/markdown-to-pdf';
export * from './templates/index';
export type { DocumentSignature } from './signature';
export * from './letter-input';
export * from './letter-language';
export { checkLetterReadiness, isLayRecipient } from './letter-readiness';
export { buildResponseLetter, isCustomResponse } from './response-letter';
export {
  checkReceiptReadiness,
  buildRequestReceipt,
  type RequestReceiptInput,
} from './request-receipt';
export {
  checkBookletReadiness,
  buildLibraryBooklet,
  type BookletDocument,
  type LibraryBookletInput,
} from './library-booklet';
export { buildEmailDraft, type EmailAddress, type EmailDraftInput } from './email-draft';
export { encodeBase64 } from './base64';
export * from './letter-assembly';
export { buildLetterEmail, type LetterEmailInput } from './letter-email';
export * from './letter-signing';
export * from './letter-batch';
