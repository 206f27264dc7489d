import { localDateOf } from '../domain/time';
import { isSupportedLanguage, type SupportedLanguage } from '../i18n/index';
import type { Id, IsoDate, Timestamp } from '../schemas/common';
import { answeredStatuses, type Inquiry } from '../schemas/inquiry';
import type { Product } from '../schemas/product';
import type { ResponseDocument } from '../schemas/response-document';
import type { Letterhead } from '../schemas/settings';
import type { DocumentProblem } from './errors';
import { assembleLetterInput, letterFileName, linkedDocumentIdsOf } from './letter-assembly';
import type { LetterAuthor, ResponseLetterInput } from './letter-input';
import { chooseLetterLanguage } from './letter-language';
import { checkLetterReadiness } from './letter-readiness';
import type { DocumentSignature } from './signature';

/*
 * Batch generation (issue 6, booth follow-up): the letters of every answered inquiry of an event,
 * for one zip. Each letter is rebuilt from its last recorded response — its documents, language
 * and way of sending — and carries that response's "sent" signature when it has one, dated as
 * signed; otherwise it prints as a draft. An inquiry that cannot be built is listed, not skipped
 * silently.
 */

export type BatchLetterSources = {
  inquiries: readonly Inquiry[];
  eventId: Id;
  documents: readonly ResponseDocument[];
  products: readonly Product[];
  letterhead: Letterhead;
  /** The officer each letter names when its response has no signature. */
  author: LetterAuthor;
  /** The printed signatures of recorded responses, by response id. */
  signaturesByResponse: ReadonlyMap<Id, DocumentSignature[]>;
  today: IsoDate;
  generatedAt: Timestamp;
};

export type BatchLetter = { fileName: string; input: ResponseLetterInput };
export type BatchProblem = { reference: string; problems: DocumentProblem[] | string };
export type BatchPlan = { letters: BatchLetter[]; problems: BatchProblem[] };

/** Answered (or closed) inquiries of the event, oldest first, without deleted ones. */
export function answeredInquiriesOfEvent(inquiries: readonly Inquiry[], eventId: Id): Inquiry[] {
  return inquiries
    .filter(
      (inquiry) =>
        inquiry.eventId === eventId &&
        !inquiry.deleted &&
        answeredStatuses.includes(inquiry.status),
    )
    .sort(
      (left, right) =>
        Date.parse(left.receivedAt) - Date.parse(right.receivedAt) ||
        left.reference.localeCompare(right.reference),
    );
}

/**
 * The letter's language: the one recorded with the response, else the requester's when every
 * document has an approved variant in it. Otherwise the officer must choose (never a
 * translation), which a batch cannot do: the reason is returned instead.
 */
function languageOf(
  inquiry: Inquiry,
  chosen: readonly ResponseDocument[],
  sources: BatchLetterSources,
): { language: SupportedLanguage } | { problem: string } {
  const recorded = inquiry.responses.at(-1)?.language?.slice(0, 2);
  if (recorded && isSupportedLanguage(recorded)) return { language: recorded };
  if (chosen.length === 0) return { problem: 'No approved document to answer with.' };
  const groups = new Set(chosen.map((document) => document.variantGroupId));
  const choice = chooseLetterLanguage({
    preferredLanguage: inquiry.requester.preferredLanguage,
    selected: chosen,
    variants: sources.documents.filter((document) => groups.has(document.variantGroupId)),
    today: sources.today,
  });
  if (choice.kind === 'preferred') return { language: choice.language };
  // Every document exists in the requester's language but one is not sendable (expired, say):
  // the letter's readiness check names the document and why.
  const preferred = choice.preferredLanguage.slice(0, 2);
  const existsInPreferred = [...groups].every((groupId) =>
    sources.documents.some(
      (document) =>
        document.variantGroupId === groupId && document.language.slice(0, 2) === preferred,
    ),
  );
  if (isSupportedLanguage(preferred) && existsInPreferred) return { language: preferred };
  const missing = choice.missing.map((document) => document.reference ?? document.title);
  return {
    problem: `No approved, current variant in "${choice.preferredLanguage}" of ${missing.join(', ')}: choose the letter's language on the inquiry's letter screen.`,
  };
}

function documentsIn(
  chosen: readonly ResponseDocument[],
  language: SupportedLanguage,
  sources: BatchLetterSources,
): ResponseDocument[] {
  return chosen.map(
    (document) =>
      sources.documents.find(
        (variant) =>
          variant.variantGroupId === document.variantGroupId &&
          variant.language.slice(0, 2) === language &&
          variant.status === 'approved',
      ) ?? document,
  );
}

function planOne(inquiry: Inquiry, sources: BatchLetterSources): BatchLetter | BatchProblem {
  const response = inquiry.responses.at(-1);
  const ids = response?.documentIds.length ? response.documentIds : linkedDocumentIdsOf(inquiry);
  const byId = new Map(sources.documents.map((document) => [document.id, document]));
  const chosen = ids.flatMap((id) => byId.get(id) ?? []);
  const choice = languageOf(inquiry, chosen, sources);
  if ('problem' in choice) return { reference: inquiry.reference, problems: choice.problem };
  const { language } = choice;
  const signatures = response ? (sources.signaturesByResponse.get(response.id) ?? []) : [];
  const signedAt = signatures.at(-1)?.signedAt;
  // A sent custom response is rebuilt with the texts that were reviewed and sent.
  const custom = inquiry.customResponses.find(
    (one) =>
      one.reviewSignatureId !== null && one.reviewSignatureId === response?.reviewSignatureId,
  );
  const input = assembleLetterInput({
    inquiry,
    documents: documentsIn(chosen, language, sources),
    editedBodies: custom ? inquiry.personal.customResponseTexts[custom.id] : {},
    products: sources.products,
    letterhead: sources.letterhead,
    language,
    method: response?.method === 'email' ? 'email' : 'letter',
    author: sources.author,
    letterDate: signedAt ? localDateOf(signedAt) : sources.today,
    generatedAt: signedAt ?? sources.generatedAt,
    signatures,
  });
  // A signed letter is checked on the date it was signed: its documents may have expired since.
  const problems = checkLetterReadiness(input);
  if (problems.length > 0) return { reference: inquiry.reference, problems };
  return { fileName: letterFileName(inquiry.reference, language, 'pdf'), input };
}

/** The letters of an event's answered inquiries, and the inquiries that cannot be built. */
export function planBatchLetters(sources: BatchLetterSources): BatchPlan {
  const plan: BatchPlan = { letters: [], problems: [] };
  for (const inquiry of answeredInquiriesOfEvent(sources.inquiries, sources.eventId)) {
    const planned = planOne(inquiry, sources);
    if ('input' in planned) plan.letters.push(planned);
    else plan.problems.push(planned);
  }
  return plan;
}

/** problems.txt of the zip: one line per inquiry that could not be generated, and why. */
export function batchProblemsText(problems: readonly BatchProblem[]): string {
  return problems
    .map(({ reference, problems: found }) =>
      typeof found === 'string'
        ? `${reference}: ${found}`
        : `${reference}: ${found.map((one) => one.message).join(' ')}`,
    )
    .join('\n');
}
