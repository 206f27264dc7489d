import { z } from 'zod';

/**
 * Human-readable references such as `MI-2026-K7Q-000123`: prefix, year, device code, counter.
 * Unique offline because each device owns its code and counts per year (docs/decisions/0004).
 */

/**
 * 31 symbols without the look-alikes 0/O, 1/I/L: a code read out on the phone or copied from a
 * printed receipt must not be misread.
 */
export const deviceCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const deviceCodeSchema = z
  .string()
  .regex(
    new RegExp(`^[${deviceCodeAlphabet}]{3}$`),
    'Expected 3 characters from the device-code alphabet',
  );
export type DeviceCode = z.infer<typeof deviceCodeSchema>;

/** MI = medical inquiry, SR = safety report (adverse event, special situation or complaint). */
export const referencePrefixSchema = z.enum(['MI', 'SR']);
export type ReferencePrefix = z.infer<typeof referencePrefixSchema>;

/** Six digits at least; a device that logs more than 999,999 records in a year widens it. */
export const referencePattern = new RegExp(
  `^(${referencePrefixSchema.options.join('|')})-(\\d{4})-([${deviceCodeAlphabet}]{3})-(\\d{6,})$`,
);

export const referenceSchema = z
  .string()
  .regex(referencePattern, 'Expected a reference such as MI-2026-K7Q-000123');
export type Reference = z.infer<typeof referenceSchema>;

export const referencePartsSchema = z.object({
  prefix: referencePrefixSchema,
  year: z.number().int().min(2000).max(9999),
  deviceCode: deviceCodeSchema,
  counter: z.number().int().positive(),
});
export type ReferenceParts = z.infer<typeof referencePartsSchema>;

/** Who this device is: the audit chain and the outbox are per device (client id). */
export const deviceIdentitySchema = z.object({
  deviceId: z.uuid({ version: 'v7' }),
  deviceCode: deviceCodeSchema,
});
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;
