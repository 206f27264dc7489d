import { z } from 'zod';
import { countrySchema, idSchema, isoDateSchema, syncedRecordSchema } from './common';

/**
 * A congress or meeting where booth staff capture inquiries; trend analysis groups by event
 * (PRODUCT.md job 6). Named CongressEvent so it never shadows the DOM's Event.
 */
export const congressEventSchema = syncedRecordSchema
  .extend({
    name: z.string().trim().min(1).max(200),
    city: z.string().trim().min(1).max(100),
    country: countrySchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    boothLabel: z.string().trim().max(50).nullable(),
    /** The officers staffing the booth (local accounts). */
    boothStaffUserIds: z.array(idSchema).default([]),
  })
  .refine((event) => event.endDate >= event.startDate, {
    message: 'The end date is before the start date',
    path: ['endDate'],
  });
export type CongressEvent = z.infer<typeof congressEventSchema>;
