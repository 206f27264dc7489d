import { addCalendarDays, localDateOf } from '../domain/time';
import { isDocumentSendable } from '../domain/document-availability';
import type { DocumentFacts, DocumentUse } from './input';

/** How far ahead "expiring soon" looks: time to review and re-approve before a document lapses. */
export const expiryHorizonDays = 60;
/** How many documents the "most used" figure keeps. */
export const mostUsedLimit = 15;

export type DocumentUsage = {
  documentId: string;
  sent: number;
  verbal: number;
  total: number;
  inquiryIds: string[];
};
export type ExpiringDocument = { documentId: string; reviewDate: string; daysLeft: number };

export type ContentFigures = {
  /** Documents by uses in the period, most used first. */
  mostUsed: DocumentUsage[];
  /** Sendable documents that have never been used at all. */
  neverUsedIds: string[];
  /** Approved documents whose review date falls within the next 60 days. */
  expiring: ExpiringDocument[];
};

/** Whether a use falls in the period and passes the inquiry filters. */
export type DocumentUseFilter = (use: DocumentUse, date: string) => boolean;

/** Uses in the period by document: sent and read out (verbal) counted apart. */
export function computeDocumentUsage(
  uses: readonly DocumentUse[],
  includes: DocumentUseFilter,
): DocumentUsage[] {
  const usage = new Map<string, DocumentUsage>();
  for (const use of uses) {
    if (!includes(use, localDateOf(use.at))) continue;
    let entry = usage.get(use.documentId);
    if (entry === undefined) {
      entry = { documentId: use.documentId, sent: 0, verbal: 0, total: 0, inquiryIds: [] };
      usage.set(use.documentId, entry);
    }
    entry[use.kind] += 1;
    entry.total += 1;
    if (use.inquiryId !== null && entry.inquiryIds.at(-1) !== use.inquiryId) {
      entry.inquiryIds.push(use.inquiryId);
    }
  }
  return [...usage.values()]
    .sort((a, b) => b.total - a.total || a.documentId.localeCompare(b.documentId))
    .slice(0, mostUsedLimit);
}

/**
 * Most used, never used and soon expiring documents. `productId` narrows the library to one
 * product; "never used" looks at every use ever recorded, not only the period's.
 */
export function computeContent(
  documents: readonly DocumentFacts[],
  uses: readonly DocumentUse[],
  includes: DocumentUseFilter,
  options: { today: string; productId: string | null },
): ContentFigures {
  const { today, productId } = options;
  const everUsed = new Set(uses.map((use) => use.documentId));
  const horizon = addCalendarDays(today, expiryHorizonDays);
  const library = documents.filter(
    (document) =>
      !document.deleted && (productId === null || document.productIds.includes(productId)),
  );
  return {
    mostUsed: computeDocumentUsage(uses, includes),
    neverUsedIds: library
      .filter((document) => isDocumentSendable(document, today) && !everUsed.has(document.id))
      .map((document) => document.id),
    expiring: library
      .filter(
        (document) =>
          document.status === 'approved' &&
          document.reviewDate >= today &&
          document.reviewDate <= horizon,
      )
      .map((document) => ({
        documentId: document.id,
        reviewDate: document.reviewDate,
        daysLeft: Math.round((Date.parse(document.reviewDate) - Date.parse(today)) / 86_400_000),
      }))
      .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate)),
  };
}
