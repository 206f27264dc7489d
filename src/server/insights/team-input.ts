import type { z } from 'zod';
import {
  documentFactsSchema,
  documentUseSchema,
  eventFactsSchema,
  firstResponseTimes,
  inquiryFactsSchema,
  productFactsSchema,
  responseRecordSchema,
  safetyReportFactsSchema,
  toInsightsInquiry,
  type InsightsInput,
} from '../../shared/insights';
import type { InsightsTable } from '../repositories/insights-repository';

/** The insights input built from stored records, and how many records did not fit it. */
export type TeamInput = { input: InsightsInput & { holidays: string[] }; skippedRecords: number };

/**
 * Parses the stored records of each table with the insights input schemas. A record that does
 * not fit (written by an older client, or a table whose shape is still settling) is skipped and
 * counted, never fatal: one odd record must not take the team's dashboard down. Personal parts
 * are never read; `specialty` is therefore unknown on the server.
 */
export function teamInput(records: Record<InsightsTable, unknown[]>): TeamInput {
  let skippedRecords = 0;
  const parseAll = <T>(schema: z.ZodType<T>, values: readonly unknown[]): T[] =>
    values.flatMap((value) => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return [parsed.data];
      skippedRecords += 1;
      return [];
    });
  const responses = parseAll(responseRecordSchema, records.responses);
  const firstResponses = firstResponseTimes(responses);
  const input: InsightsInput & { holidays: string[] } = {
    inquiries: parseAll(inquiryFactsSchema, records.inquiries).map((inquiry) =>
      toInsightsInquiry(inquiry, firstResponses),
    ),
    responses,
    documentUses: parseAll(documentUseSchema, records.documentUses),
    safetyReports: parseAll(safetyReportFactsSchema, records.safetyReports),
    documents: parseAll(documentFactsSchema, records.documents),
    products: parseAll(productFactsSchema, records.products),
    events: parseAll(eventFactsSchema, records.events),
    // The caller adds the affiliate's holidays once it knows the years the records span.
    holidays: [],
  };
  return { input, skippedRecords };
}
