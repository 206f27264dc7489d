import type { Timestamp } from '../schemas/common';
import { buildEmailDraft } from './email-draft';
import type { ResponseLetterInput } from './letter-input';
import { templateFor } from './templates/index';

export type LetterEmailInput = {
  letter: ResponseLetterInput;
  /** The signed letter as sent. */
  pdf: { fileName: string; bytes: Uint8Array };
  date: Timestamp;
  /** Unique per message (without angle brackets), e.g. `<response id>@medinfo.invalid`. */
  messageId: string;
};

/**
 * The .eml draft of an e-mail response: to the requester, from the letterhead's address, in
 * the letter's language, with the signed PDF attached. Throws when either address is missing
 * or invalid (the letter's readiness check already asks for the recipient's).
 */
export function buildLetterEmail(input: LetterEmailInput): string {
  const { letter } = input;
  const template = templateFor(letter.language);
  const addressee = { name: letter.recipient.name, type: letter.recipient.type };
  const product = `${letter.product.brandName} (${letter.product.genericName})`;
  return buildEmailDraft({
    from: { name: letter.letterhead.companyName, address: letter.letterhead.email },
    to: { name: letter.recipient.name, address: letter.recipient.email ?? '' },
    subject: `${template.letter.subject(product)} – ${letter.inquiry.reference}`,
    bodyText: template.email.body(
      template.letter.salutation(addressee),
      letter.inquiry.reference,
      letter.letterhead.companyName,
    ),
    attachment: input.pdf,
    date: input.date,
    messageId: input.messageId,
  });
}
