import { z } from 'zod';

/**
 * Building blocks every record uses: ids, times, dates, countries, languages, JSON values and the
 * base of a synced record. Types are inferred from these schemas, never written by hand.
 */

/** Ids are client-generated UUID v7 (time-ordered), never auto-increment keys (ARCHITECTURE.md). */
export const idSchema = z.uuid({ version: 'v7', error: 'Expected a UUID v7 id' });
export type Id = z.infer<typeof idSchema>;

/**
 * A moment, as RFC 3339 text with the device's UTC offset, e.g. `2026-03-14T09:30:00.000+01:00`.
 * The offset keeps the wall-clock time the officer saw (evidence for Day 0, GVP VI.B.7) while the
 * instant stays unambiguous. Text order is not time order across offsets: the store sorts by the
 * UTC form (see `timestampToUtc` in src/shared/domain/time.ts).
 */
export const timestampSchema = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 date-time with a UTC offset, e.g. 2026-03-14T09:30:00.000+01:00',
});
export type Timestamp = z.infer<typeof timestampSchema>;

/** A calendar date without time, `YYYY-MM-DD` (due dates, review dates: days in a calendar). */
export const isoDateSchema = z.iso.date({ error: 'Expected a date as YYYY-MM-DD' });
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * ISO 3166-1 alpha-2. `EU` is accepted: ISO reserves it exceptionally, and approvals granted by the
 * EU centralised procedure are labelled with it.
 */
export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code such as DE');
export type Country = z.infer<typeof countrySchema>;

/** ISO 639-1 language, optionally with a region (`en`, `de`, `fr-CA`). */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'Expected a language code such as en or fr-CA');
export type Language = z.infer<typeof languageSchema>;

/** Any JSON value: what audit before/after values and outbox payloads may hold. */
export const jsonValueSchema = z.json();
export type JsonValue = z.infer<typeof jsonValueSchema>;

/** A short text a person can read out on the phone: document numbers, inquiry references. */
export const recordReferenceSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, 'Expected a reference of capital letters, digits and -');

/**
 * What every synced record carries. `updatedAt` is the device clock (informational);
 * `serverRevision` is the ordering truth, set by the server, null until the first sync.
 * Deletes are tombstones (`deleted: true`): sync never hard-deletes.
 */
export const syncedRecordSchema = z.object({
  id: idSchema,
  reference: recordReferenceSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  createdBy: idSchema,
  updatedBy: idSchema,
  serverRevision: z.number().int().nonnegative().nullable(),
  deleted: z.boolean(),
});
export type SyncedRecord = z.infer<typeof syncedRecordSchema>;
