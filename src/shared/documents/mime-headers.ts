import { utf8ToBytes } from '@noble/hashes/utils.js';
import { weekdayOf } from '../domain/time';
import type { Timestamp } from '../schemas/common';
import { encodeBase64 } from './base64';

/*
 * Header encodings of an e-mail message: RFC 5322 (dates, addresses), RFC 2047 (non-ASCII
 * words), RFC 2231 (non-ASCII file names).
 */

const printableAscii = /^[\x20-\x7E]*$/;

/** Refuses line breaks in anything headed for a header: they would inject further headers. */
export function assertSingleLine(value: string, what: string): void {
  if (/[\r\n]/.test(value))
    throw new Error(`The ${what} must be one line (it contains a line break).`);
}

/**
 * RFC 2047 encoded words (`=?UTF-8?B?…?=`), each at most 75 characters: 45 bytes of UTF-8 per
 * word, never splitting a character. Joined by folding white space.
 */
export function encodeWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    if (utf8ToBytes(chunk + character).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${encodeBase64(utf8ToBytes(word))}?=`).join('\r\n ');
}

/** A header's value: as is when plain ASCII and short, else encoded words. */
export function headerText(name: string, value: string): string {
  assertSingleLine(value, `${name} header`);
  const fits = `${name}: ${value}`.length <= 78;
  return printableAscii.test(value) && fits ? value : encodeWords(value);
}

export type EmailAddress = { name: string | null; address: string };

const addressPattern = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\]+$/;

/** `"Name" <address>` with the name quoted or encoded as needed; throws on an invalid address. */
export function formatAddress(mailbox: EmailAddress): string {
  if (!addressPattern.test(mailbox.address)) {
    throw new Error(`Not an e-mail address: "${mailbox.address}"`);
  }
  const name = mailbox.name?.trim();
  if (!name) return mailbox.address;
  assertSingleLine(name, 'display name');
  const display = printableAscii.test(name)
    ? `"${name.replace(/(["\\])/g, '\\$1')}"`
    : encodeWords(name);
  return `${display} <${mailbox.address}>`;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mon, 16 Mar 2026 10:15:00 +0100` (RFC 5322, 3.3), keeping the timestamp's own offset. */
export function formatEmailDate(timestamp: Timestamp): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(
    timestamp,
  );
  if (!match) throw new RangeError(`Not a timestamp with an offset: "${timestamp}"`);
  const [, year = '', month = '', day = '', time = '', offset = ''] = match;
  const zone = offset === 'Z' ? '+0000' : offset.replace(':', '');
  const weekday = weekdays[weekdayOf(`${year}-${month}-${day}`)] ?? '';
  return `${weekday}, ${Number(day)} ${months[Number(month) - 1] ?? ''} ${year} ${time} ${zone}`;
}

/** `filename="x.pdf"`, or `filename*=UTF-8''…` (RFC 2231) for a name beyond plain ASCII. */
export function fileNameParameter(parameter: 'name' | 'filename', fileName: string): string {
  assertSingleLine(fileName, 'file name');
  if (printableAscii.test(fileName) && !/["\\]/.test(fileName)) return `${parameter}="${fileName}"`;
  const encoded = [...utf8ToBytes(fileName)]
    .map((byte) =>
      /[A-Za-z0-9.\-_~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  return `${parameter}*=UTF-8''${encoded}`;
}
