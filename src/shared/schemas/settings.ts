import { z } from 'zod';
import { countrySchema, idSchema, languageSchema } from './common';

/** What prints at the top of every letter and receipt. */
export const letterheadSchema = z.object({
  /** Empty until an admin configures it; letter building must refuse an empty letterhead. */
  companyName: z.string().trim().max(200),
  department: z.string().trim().max(200),
  addressLines: z.array(z.string().trim().min(1).max(200)).max(6),
  phone: z.string().trim().max(50),
  email: z.union([z.email(), z.literal('')]),
  website: z.string().trim().max(200),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

export const themeSchema = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof themeSchema>;

const businessDays = z.number().int().min(0).max(60);

/** Service-level targets in business days of the affiliate's calendar, per urgency. */
export const dueDateBusinessDaysSchema = z.object({
  urgent: businessDays,
  high: businessDays,
  normal: businessDays,
  low: businessDays,
});
export type DueDateBusinessDays = z.infer<typeof dueDateBusinessDaysSchema>;

/** The key of the single settings row of a device. */
export const settingsId = 'device';

/**
 * Minutes without input before the app locks (decision 0013). Never off: a laptop left on a
 * booth table must lock by itself. An hour at most.
 */
export const lockAfterIdleMinutesSchema = z.number().int().min(1).max(60);

/** Device settings: local, never synced, but audited (they drive due dates and letters). */
export const settingsSchema = z.object({
  id: z.literal(settingsId),
  letterhead: letterheadSchema,
  affiliateCountry: countrySchema,
  language: languageSchema,
  theme: themeSchema,
  dueDateBusinessDays: dueDateBusinessDaysSchema,
  /** The congress whose booth this device staffs: booth mode prefills it. */
  currentEventId: idSchema.nullable().default(null),
  /** How far back a new inquiry is compared with earlier ones of the same requester. */
  duplicateWindowDays: z.number().int().min(1).max(365).default(30),
  lockAfterIdleMinutes: lockAfterIdleMinutesSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  id: settingsId,
  letterhead: {
    companyName: '',
    department: 'Medical Information',
    addressLines: [],
    phone: '',
    email: '',
    website: '',
  },
  affiliateCountry: 'DE',
  language: 'en',
  theme: 'system',
  dueDateBusinessDays: { urgent: 1, high: 2, normal: 5, low: 10 },
  currentEventId: null,
  duplicateWindowDays: 30,
  lockAfterIdleMinutes: 10,
};
