import { z } from 'zod';
import { countrySchema, isoDateSchema } from '../schemas/common';
import { inquiryChannelSchema } from '../schemas/inquiry';
import { requesterTypeSchema } from '../schemas/requester';
import type { Dashboard } from './dashboard';
import { granularitySchema, type InsightsFilters } from './filters';

/*
 * `GET /api/v1/insights`: the dashboard over the team's records, computed on the server with the
 * same `computeDashboard`. Query parameters are the dashboard's filters under the names of the
 * inquiry-list URL contract, plus `today` and the affiliate `calendar` (country of holidays).
 */

const optional = <T extends z.ZodType>(schema: T): z.ZodOptional<T> => schema.optional();

export const insightsQuerySchema = z
  .object({
    from: optional(isoDateSchema),
    to: optional(isoDateSchema),
    product: optional(z.string().min(1).max(100)),
    country: optional(countrySchema),
    event: optional(z.string().min(1).max(100)),
    requesterType: optional(requesterTypeSchema),
    channel: optional(inquiryChannelSchema),
    granularity: optional(granularitySchema),
    today: isoDateSchema,
    calendar: countrySchema,
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'The period ends before it starts',
    path: ['to'],
  });
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

/** The filters a query asks for. */
export function filtersOfQuery(query: InsightsQuery): InsightsFilters {
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    productId: query.product ?? null,
    country: query.country ?? null,
    eventId: query.event ?? null,
    requesterType: query.requesterType ?? null,
    channel: query.channel ?? null,
    granularity: query.granularity ?? null,
  };
}

/** The query string for filters (the client side of the endpoint), without the leading `?`. */
export function queryOfFilters(filters: InsightsFilters, today: string, calendar: string): string {
  const entries: [string, string | null][] = [
    ['from', filters.from],
    ['to', filters.to],
    ['product', filters.productId],
    ['country', filters.country],
    ['event', filters.eventId],
    ['requesterType', filters.requesterType],
    ['channel', filters.channel],
    ['granularity', filters.granularity],
    ['today', today],
    ['calendar', calendar],
  ];
  return entries
    .flatMap(([name, value]) => (value === null ? [] : [`${name}=${encodeURIComponent(value)}`]))
    .join('&');
}

/** The answer: the dashboard, and how many stored records did not fit the insights input. */
export type InsightsResponse = { dashboard: Dashboard; skippedRecords: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A shallow check of a server's answer: the parts every view reads are there. A full schema of
 * the dashboard would restate every figure's type for a response our own server builds with
 * the same code; this catches a wrong server or a proxy's error page.
 */
export const insightsResponseSchema = z.custom<InsightsResponse>(
  (value) =>
    isRecord(value) &&
    typeof value.skippedRecords === 'number' &&
    isRecord(value.dashboard) &&
    isRecord(value.dashboard.totals) &&
    typeof value.dashboard.totals.inquiries === 'number' &&
    Array.isArray(value.dashboard.volume) &&
    isRecord(value.dashboard.breakdowns) &&
    isRecord(value.dashboard.needs) &&
    isRecord(value.dashboard.names),
  { message: 'The server’s answer is not an insights dashboard' },
);
