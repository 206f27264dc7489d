import {
  documentUsesFromLinks,
  firstResponseTimes,
  responsesOfInquiry,
  safetyReportFactsOf,
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
 * documents, events, recorded document uses, the inquiries' response records and the safety
 * reports' dates (never their personal parts). Inquiries answered before uses were recorded
 * count the documents linked to their questions. Reads whole tables: call it when the insights
 * area opens or its data change, not per filter change.
 */
export async function loadInsightsSource(db: MedinfoDatabase): Promise<InsightsSource> {
  const [rows, products, documents, events, settings, uses, reports, actions] =
    await db.transaction(
      'r',
      [
        db.inquiries,
        db.products,
        db.documents,
        db.events,
        db.settings,
        db.documentUses,
        db.safetyReports,
        db.safetyActions,
      ],
      () =>
        Promise.all([
          db.inquiries.toArray(),
          db.products.toArray(),
          db.documents.toArray(),
          db.events.toArray(),
          getSettings(db),
          db.documentUses.toArray(),
          // Dates, status and kind only: the personal parts stay encrypted, unread.
          db.safetyReports.toArray(),
          db.safetyActions.toArray(),
        ]),
    );
  // The specialty sits in the personal part: decrypted after the read (decision 0011).
  const records = await recordsFromRows(db, 'inquiries', rows);
  const responses = records.filter((inquiry) => !inquiry.deleted).flatMap(responsesOfInquiry);
  const firstResponses = firstResponseTimes(responses);
  const inquiries = records.map((inquiry) => ({
    ...toInsightsInquiry(inquiry, firstResponses, inquiry.personal.requester.specialty),
    preferredResponseMethod: inquiry.preferredResponseMethod,
  }));
  const recordedUses = uses
    .filter((use) => !use.deleted)
    .map(({ documentId, inquiryId, questionId, kind, usedAt }) => ({
      documentId,
      inquiryId,
      questionId,
      kind,
      at: usedAt,
    }));
  // Inquiries answered before uses were recorded count the documents linked to their questions.
  const withRecordedUses = new Set(recordedUses.map((use) => use.inquiryId));
  const impliedUses = documentUsesFromLinks(
    inquiries.filter((inquiry) => !withRecordedUses.has(inquiry.id)),
  );
  return {
    inquiries,
    responses,
    documentUses: [...recordedUses, ...impliedUses],
    safetyReports: reports.map((report) => safetyReportFactsOf(report, actions)),
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
