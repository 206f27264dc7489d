import { utf8ToBytes } from '@noble/hashes/utils.js';
import {
  buildResponseLetter,
  letterFileName,
  type DocumentSignature,
  type ResponseLetterInput,
} from '../../../../shared/documents';
import type { ElectronicSignature } from '../../../../shared/signatures';
import { renderPdf } from '../../documents';
import { getPlatform } from '../../platform';

/*
 * Bytes out: the letter as a PDF, its hash, and the files handed to the platform bridge (a save
 * dialog on the desktop, a download in browser mode).
 */

/** The PDF of a letter; rejects with DocumentNotReadyError when it cannot be generated. */
export function renderLetter(input: ResponseLetterInput): Promise<Uint8Array> {
  return renderPdf(buildResponseLetter(input));
}

/** A stored e-signature as the letter prints it (21 CFR 11.50: name, date and time, meaning). */
export function printedSignature(
  signature: ElectronicSignature,
  meaning: DocumentSignature['meaning'],
  jobTitle: string | null,
): DocumentSignature {
  return {
    printedName: signature.printedName,
    jobTitle,
    signedAt: signature.signedAt,
    meaning,
    contentHash: signature.contentHash,
  };
}

/** Saves a letter's PDF; resolves to whether it was saved (the dialog can be cancelled). */
export async function saveLetterPdf(
  input: ResponseLetterInput,
  bytes: Uint8Array,
): Promise<boolean> {
  const result = await getPlatform().saveFile({
    suggestedName: letterFileName(input.inquiry.reference, input.language, 'pdf'),
    kind: 'pdf',
    // A copy on its own ArrayBuffer: what the bridge's schema (and structured clone) expects.
    bytes: new Uint8Array(bytes),
  });
  return result.saved;
}

/** Saves the .eml draft of an e-mail response. */
export async function saveLetterEmail(input: ResponseLetterInput, eml: string): Promise<boolean> {
  const result = await getPlatform().saveFile({
    suggestedName: letterFileName(input.inquiry.reference, input.language, 'eml'),
    kind: 'eml',
    bytes: utf8ToBytes(eml),
  });
  return result.saved;
}

/**
 * Prints through the bridge (Electron's print; the browser's in browser mode). The page's print
 * styles show only the letter's preview while printing (see LetterPreview).
 */
export function printLetter(): Promise<void> {
  return getPlatform().print();
}
