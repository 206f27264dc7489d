import { z } from 'zod';
import { countrySchema, isoDateSchema } from '../schemas/common';
import { inquiryChannelSchema } from '../schemas/inquiry';
import { requesterTypeSchema } from '../schemas/requester';
import type { InsightsInquiry } from './input';

export const granularitySchema = z.enum(['day', 'week', 'month']);
export type Granularity = z.infer<typeof granularitySchema>;

/**
 * The dashboard's filters. Dates are local calendar dates of receipt, both ends included; null
 * means unbounded (or "all" for the others). `granularity` null picks one from the period length.
 */
export const insightsFiltersSchema = z
  .object({
    from: isoDateSchema.nullable(),
    to: isoDateSchema.nullable(),
    productId: z.string().min(1).max(100).nullable(),
    country: countrySchema.nullable(),
    eventId: z.string().min(1).max(100).nullable(),
    requesterType: requesterTypeSchema.nullable(),
    channel: inquiryChannelSchema.nullable(),
    granularity: granularitySchema.nullable(),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: 'The period ends before it starts',
    path: ['to'],
  });
export type InsightsFilters = z.infer<typeof insightsFiltersSchema>;

/** No filter at all: every inquiry ever received. */
export const noFilters: InsightsFilters = {
  from: null,
  to: null,
  productId: null,
  country: null,
  eventId: null,
  requesterType: null,
  channel: null,
  granularity: null,
};

/** Whether any filter other than the period is set. */
export function hasDimensionFilter(filters: InsightsFilters): boolean {
  return (
    filters.productId !== null ||
    filters.country !== null ||
    filters.eventId !== null ||
    filters.requesterType !== null ||
    filters.channel !== null
  );
}

/** Whether an inquiry passes the filters other than the period. */
export function matchesDimensions(inquiry: InsightsInquiry, filters: InsightsFilters): boolean {
  return (
    (filters.productId === null || inquiry.productIds.includes(filters.productId)) &&
    (filters.country === null || inquiry.requester.country === filters.country) &&
    (filters.eventId === null || inquiry.eventId === filters.eventId) &&
    (filters.requesterType === null || inquiry.requester.type === filters.requesterType) &&
    (filters.channel === null || inquiry.channel === filters.channel)
  );
}

/**
 * Inquiries that count at all: not deleted, not a draft (not yet a real request) and not a
 * duplicate (it would count one request twice). Cancelled ones count as received.
 */
export function isCountedInquiry(inquiry: InsightsInquiry): boolean {
  return !inquiry.deleted && inquiry.status !== 'draft' && inquiry.status !== 'duplicate';
}
