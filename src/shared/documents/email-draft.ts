import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Timestamp } from '../schemas/common';
import { encodeBase64Lines } from './base64';
import {
  assertSingleLine,
  fileNameParameter,
  formatAddress,
  formatEmailDate,
  headerText,
  type EmailAddress,
} from './mime-headers';

export type { EmailAddress } from './mime-headers';

/** An e-mail response ready for the officer's mail program: the letter as a PDF attachment. */
export type EmailDraftInput = {
  from: EmailAddress;
  to: EmailAddress;
  subject: string;
  /** Plain text; line breaks become CRLF. */
  bodyText: string;
  attachment: { fileName: string; bytes: Uint8Array };
  date: Timestamp;
  /** Unique per message, e.g. `<inquiry id>.<n>@medinfo.example` (without angle brackets). */
  messageId: string;
};

const crlf = '\r\n';

/**
 * The multipart boundary: derived from the message id so the same input gives the same bytes,
 * and prefixed with `=_`, which base64 never produces, so no body line can contain it.
 */
function boundaryOf(messageId: string): string {
  return `=_medinfo_${messageId.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 70);
}

/**
 * An RFC 5322 message (.eml) with a UTF-8 text part and the PDF attached as base64 (MIME,
 * RFC 2045–2047, 2231). `X-Unsent: 1` makes common mail programs open it as a draft for the
 * officer to review and send. Throws on an invalid address or a header value with a line break.
 */
export function buildEmailDraft(input: EmailDraftInput): string {
  assertSingleLine(input.messageId, 'message id');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(input.messageId)) {
    throw new Error(`The message id must look like local@domain (got "${input.messageId}")`);
  }
  const boundary = boundaryOf(input.messageId);
  const text = input.bodyText.replace(/\r\n?|\n/g, crlf);
  const lines = [
    `From: ${formatAddress(input.from)}`,
    `To: ${formatAddress(input.to)}`,
    `Subject: ${headerText('Subject', input.subject)}`,
    `Date: ${formatEmailDate(input.date)}`,
    `Message-ID: <${input.messageId}>`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    ...encodeBase64Lines(utf8ToBytes(text)),
    `--${boundary}`,
    `Content-Type: application/pdf; ${fileNameParameter('name', input.attachment.fileName)}`,
    `Content-Disposition: attachment; ${fileNameParameter('filename', input.attachment.fileName)}`,
    'Content-Transfer-Encoding: base64',
    '',
    ...encodeBase64Lines(input.attachment.bytes),
    `--${boundary}--`,
    '',
  ];
  return lines.join(crlf);
}
