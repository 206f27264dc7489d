import JSZip from 'jszip';
import {
  buildResponseLetter,
  documentFontFamily,
  planBatchLetters,
  type PdfDocument,
} from '../../src/shared/documents';
import { createNodePdfRenderer } from '../../src/server/documents/render-pdf';
import { letterInput } from '../../test/fixtures/documents/letters';
import { eventBatchSources } from './letter-batch-input';
import type { BenchResult, BenchScenario } from './scenario';
import { timeIt } from './scenario';

/*
 * Letter generation in Node (pdfmake 0.3 with embedded DejaVu Sans): a 2-page response letter
 * built from its input and rendered, against a minimal pdfmake document with the same fonts in
 * the same run. The ratio is what our content (two pages of layout, Markdown, tables, logo,
 * signature block) adds to pdfmake's fixed cost of a document with these fonts.
 */

const render = createNodePdfRenderer();
const warmUps = 3;
const samples = 15;
const batchSize = 100;

/**
 * One short paragraph using the same four faces the letter embeds (regular, bold, italic, bold
 * italic): pdfmake's own floor for a document with these fonts, most of which is embedding them.
 */
const minimalDocument: PdfDocument = {
  info: {
    title: 'Minimal',
    author: 'Bench',
    subject: 'Baseline',
    creator: 'Bench',
    producer: 'Bench',
    creationDate: new Date('2026-03-16T09:15:00Z'),
    modDate: new Date('2026-03-16T09:15:00Z'),
  },
  language: 'en-GB',
  pageSize: 'A4',
  pageMargins: [56, 48, 56, 64],
  defaultStyle: { font: documentFontFamily, fontSize: 9.5 },
  styles: {},
  content: [
    {
      text: [
        'Dear Dr Łukasz Żółć, ',
        { text: 'thank you', bold: true },
        { text: ' for your enquiry', italics: true },
        { text: ' about Trombexa (skarixaban).', bold: true, italics: true },
      ],
    },
  ],
};

function letterBytes(): Promise<Uint8Array> {
  return render(buildResponseLetter(letterInput()));
}

function minimalBytes(): Promise<Uint8Array> {
  return render(minimalDocument);
}

function pageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
  );
}

/** Median of `samples` timings after `warmUps` untimed runs. */
async function medianMs(step: () => Promise<unknown>): Promise<number> {
  for (let index = 0; index < warmUps; index += 1) await step();
  const timings: number[] = [];
  for (let index = 0; index < samples; index += 1) timings.push(await timeIt(step));
  timings.sort((left, right) => left - right);
  return timings[Math.floor(timings.length / 2)] ?? Number.NaN;
}

async function batchMs(step: () => Promise<unknown>): Promise<number> {
  return timeIt(async () => {
    for (let index = 0; index < batchSize; index += 1) await step();
  });
}

/**
 * The Letters page's batch without the save: plan the letters of an event's 100 answered
 * inquiries, render each, and zip them; the baseline zips 100 minimal documents.
 */
async function eventZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const letter of planBatchLetters(eventBatchSources(batchSize)).letters) {
    zip.file(letter.fileName, await render(buildResponseLetter(letter.input)));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function minimalZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  for (let index = 0; index < batchSize; index += 1) {
    zip.file(`minimal-${index}.pdf`, await minimalBytes());
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function run(): Promise<BenchResult[]> {
  const letter = await letterBytes();
  const minimal = await minimalBytes();
  if (pageCount(letter) !== 2)
    throw new Error(`The bench letter has ${pageCount(letter)} pages, not 2`);
  const scenario = 'letters';
  const result = (metric: string, ours: number, baseline: number, unit: string): BenchResult => ({
    scenario,
    metric,
    ours,
    baseline,
    unit,
    isLowerBetter: true,
  });
  return [
    result(
      '2-page letter (median)',
      await medianMs(letterBytes),
      await medianMs(minimalBytes),
      'ms',
    ),
    result(
      `batch of ${batchSize} letters`,
      await batchMs(letterBytes),
      await batchMs(minimalBytes),
      'ms',
    ),
    result('PDF size', letter.byteLength, minimal.byteLength, 'bytes'),
    result(
      `event batch: ${batchSize} inquiries → letters → zip`,
      await timeIt(eventZip),
      await timeIt(minimalZip),
      'ms',
    ),
    result(
      `event zip size (${batchSize} letters)`,
      (await eventZip()).byteLength,
      (await minimalZip()).byteLength,
      'bytes',
    ),
  ];
}

export const letters: BenchScenario = {
  name: 'letters',
  description:
    'response letter (2 pages, embedded DejaVu Sans) built and rendered in Node vs a minimal pdfmake document with the same fonts',
  run,
};
