import { describe, expect, it } from 'vitest';
import {
  buildEmailDraft,
  encodeBase64,
  type EmailDraftInput,
} from '../../../../src/shared/documents';

const pdfBytes = new Uint8Array([
  0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00, 0x80,
]);

function draftInput(overrides: Partial<EmailDraftInput> = {}): EmailDraftInput {
  return {
    from: {
      name: 'Halvorsen Pharma – Medical Information',
      address: 'medinfo@halvorsen-pharma.example',
    },
    to: { name: 'Dr Łukasz Żółć', address: 'l.zolc@example.org' },
    subject:
      'Ihre Anfrage zu Trombexa (Skarixaban) – Unser Zeichen MI-2026-K7Q-000123 – Größenangaben',
    bodyText: 'Guten Tag Dr Łukasz Żółć,\nanbei unsere Antwort.\n\nMit freundlichen Grüßen',
    attachment: { fileName: 'Antwort MI-2026-K7Q-000123 Żółć.pdf', bytes: pdfBytes },
    date: '2026-03-16T10:15:00.000+01:00',
    messageId: '01950000-0000-7000-8000-000000000123.1@medinfo.halvorsen-pharma.example',
    ...overrides,
  };
}

/** Decodes RFC 2047 encoded words (B encoding): space between two encoded words is dropped. */
function decodeHeader(value: string): string {
  return value
    .replace(/\r\n /g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_match, data: string) =>
      Buffer.from(data, 'base64').toString('utf8'),
    );
}

function header(message: string, name: string): string {
  const head = message.split('\r\n\r\n')[0] ?? '';
  const match = new RegExp(`^${name}: (.*(?:\\r\\n .*)*)`, 'm').exec(head);
  return match?.[1] ?? '';
}

function parts(message: string): string[] {
  const boundary = /boundary="([^"]+)"/.exec(message)?.[1] ?? '';
  return message.split(`--${boundary}`).slice(1, -1);
}

describe('the e-mail draft (.eml)', () => {
  it('encodes a non-ASCII subject in UTF-8 words no longer than 75 characters', () => {
    const message = buildEmailDraft(draftInput());
    const subject = header(message, 'Subject');
    expect(decodeHeader(subject)).toBe(draftInput().subject);
    for (const word of subject.split(/\r\n /)) expect(word.length).toBeLessThanOrEqual(75);
    expect(message.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  });

  it('addresses sender and recipient, and opens as an unsent draft', () => {
    const message = buildEmailDraft(draftInput());
    expect(decodeHeader(header(message, 'To'))).toBe('Dr Łukasz Żółć <l.zolc@example.org>');
    expect(header(message, 'From')).toMatch(/<medinfo@halvorsen-pharma\.example>$/);
    expect(header(message, 'Date')).toBe('Mon, 16 Mar 2026 10:15:00 +0100');
    expect(header(message, 'X-Unsent')).toBe('1');
    expect(header(message, 'MIME-Version')).toBe('1.0');
  });

  it('carries the text in UTF-8 and the PDF byte for byte', () => {
    const [text, attachment] = parts(buildEmailDraft(draftInput()));
    const [textHead, textBody] = (text ?? '').split('\r\n\r\n');
    expect(textHead).toContain('charset=UTF-8');
    expect(Buffer.from(textBody ?? '', 'base64').toString('utf8')).toBe(
      draftInput().bodyText.replace(/\n/g, '\r\n'),
    );
    const [attachmentHead, attachmentBody] = (attachment ?? '').split('\r\n\r\n');
    expect(attachmentHead).toContain('Content-Type: application/pdf');
    expect(attachmentHead).toContain(
      "filename*=UTF-8''Antwort%20MI-2026-K7Q-000123%20%C5%BB%C3%B3%C5%82%C4%87.pdf",
    );
    expect(new Uint8Array(Buffer.from(attachmentBody ?? '', 'base64'))).toEqual(pdfBytes);
  });

  it('gives the same bytes for the same input', () => {
    expect(buildEmailDraft(draftInput())).toBe(buildEmailDraft(draftInput()));
  });

  it('refuses line breaks that would inject headers, and invalid addresses', () => {
    expect(() =>
      buildEmailDraft(draftInput({ subject: 'Hello\r\nBcc: sales@example.org' })),
    ).toThrow(/one line/);
    expect(() =>
      buildEmailDraft(draftInput({ to: { name: null, address: 'not an address' } })),
    ).toThrow(/Not an e-mail address/);
  });

  it('encodes base64 exactly as RFC 4648 does', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 64, 255]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + 11) % 256);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
