import {
  documentUsesFromLinks,
  firstResponseTimes,
  toInsightsInquiry,
  type InsightsInput,
} from '../../../shared/insights';
import type { Country } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { recordsFromRows } from './read-records';
import { getSettings } from './settings-repository';

/**
 * Everything the insights compute from, read from this device's store: the input of
 * `computeDashboard` without the holidays (the worker looks those up for `affiliateCountry`).
 */
export type InsightsSource = Omit<InsightsInput, 'holidays'> & { affiliateCountry: Country };

/**
 * Reads the store for insights: inquiries without their personal part (only the requester's
 * specialty is kept, normalised, for "recurring questions from one specialty"), products,
 * documents and events. Tables that later capabilities add — response records, document uses,
 * safety reports — are empty here until they land; until then document uses are implied by the
 * documents linked to questions. Reads whole tables: call it when the insights area opens or its
 * data change, not per filter change.
 */
export async function loadInsightsSource(db: MedinfoDatabase): Promise<InsightsSource> {
  const [rows, products, documents, events, settings] = await db.transaction(
    'r',
    [db.inquiries, db.products, db.documents, db.events, db.settings],
    () =>
      Promise.all([
        db.inquiries.toArray(),
        db.products.toArray(),
        db.documents.toArray(),
        db.events.toArray(),
        getSettings(db),
      ]),
  );
  // The specialty sits in the personal part: decrypted after the read (decision 0011).
  const records = await recordsFromRows(db, 'inquiries', rows);
  // No response records on this store yet: every answered inquiry falls back to its last change.
  const firstResponses = firstResponseTimes([]);
  const inquiries = records.map((inquiry) => ({
    ...toInsightsInquiry(inquiry, firstResponses, inquiry.personal.requester.specialty),
    preferredResponseMethod: inquiry.preferredResponseMethod,
  }));
  return {
    inquiries,
    responses: [],
    documentUses: documentUsesFromLinks(inquiries),
    safetyReports: [],
    documents: documents.map((document) => ({
      id: document.id,
      reference: document.reference,
      kind: document.kind,
      title: document.title,
      productIds: document.productIds,
      status: document.status,
      effectiveDate: document.effectiveDate,
      reviewDate: document.reviewDate,
      language: document.language,
      deleted: document.deleted,
    })),
    products: products.map(({ id, brandName, deleted }) => ({ id, brandName, deleted })),
    events: events.map(({ id, name, city, country, startDate, endDate, boothLabel, deleted }) => ({
      id,
      name,
      city,
      country,
      startDate,
      endDate,
      boothLabel,
      deleted,
    })),
    affiliateCountry: settings.affiliateCountry,
  };
}
