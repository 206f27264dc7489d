import JSZip from 'jszip';
import {
  batchProblemsText,
  planBatchLetters,
  type LetterAuthor,
} from '../../../../shared/documents';
import { toDeviceTimestamp } from '../../../../shared/domain';
import type {
  CongressEvent,
  Product,
  ResponseDocument,
  Settings,
} from '../../../../shared/schemas';
import { todayInAffiliateCalendar } from '../../components/today';
import { getDatabase, listAnsweredInquiriesOfEvent, listSentLetterSignatures } from '../../data';
import { getPlatform } from '../../platform';
import { renderLetter } from './letter-output';

export type BatchSources = {
  event: CongressEvent;
  documents: ResponseDocument[];
  products: Product[];
  settings: Settings;
  author: LetterAuthor;
};

export type BatchResult = { fileName: string; letters: number; problems: number };

/** `letters-ESC-Congress-2026-2026-11-26.zip`: the event and the day, safe as a file name. */
function zipNameOf(event: CongressEvent, today: string): string {
  const name = event.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `letters-${name}-${today}.zip`.slice(0, 200);
}

/**
 * The letters of every answered inquiry of an event, rendered one after another (the PDF engine
 * is single-threaded) into one zip with problems.txt listing those that could not be built.
 */
export async function generateEventLetters(
  sources: BatchSources,
  onProgress: (done: number, total: number) => void,
): Promise<BatchResult | null> {
  const db = getDatabase();
  const today = todayInAffiliateCalendar();
  const inquiries = await listAnsweredInquiriesOfEvent(db, sources.event.id, today);
  const plan = planBatchLetters({
    inquiries,
    eventId: sources.event.id,
    documents: sources.documents,
    products: sources.products,
    letterhead: sources.settings.letterhead,
    author: sources.author,
    signaturesByResponse: await listSentLetterSignatures(db, inquiries),
    today,
    generatedAt: toDeviceTimestamp(new Date()),
  });
  const zip = new JSZip();
  for (const [index, letter] of plan.letters.entries()) {
    onProgress(index, plan.letters.length);
    zip.file(letter.fileName, await renderLetter(letter.input));
  }
  if (plan.problems.length > 0) zip.file('problems.txt', batchProblemsText(plan.problems));
  onProgress(plan.letters.length, plan.letters.length);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const fileName = zipNameOf(sources.event, today);
  const saved = await getPlatform().saveFile({
    suggestedName: fileName,
    kind: 'zip',
    bytes: new Uint8Array(bytes),
  });
  if (!saved.saved) return null;
  return { fileName: saved.fileName, letters: plan.letters.length, problems: plan.problems.length };
}
