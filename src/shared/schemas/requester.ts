import { z } from 'zod';
import { countrySchema, languageSchema } from './common';

export const requesterTypeSchema = z.enum([
  'physician',
  'pharmacist',
  'nurse',
  'other-hcp',
  'patient',
  'caregiver',
  'payer',
  'other',
]);
export type RequesterType = z.infer<typeof requesterTypeSchema>;

/** Requester types that count as health-care professionals (answer depth, letter wording). */
export const healthCareProfessionalTypes = [
  'physician',
  'pharmacist',
  'nurse',
  'other-hcp',
] as const satisfies readonly RequesterType[];

/**
 * The non-personal part: enough for trend analysis by requester type and country (PRODUCT.md
 * job 6) without identifying anyone, so it may be indexed and kept after anonymisation.
 */
export const requesterSchema = z.object({
  type: requesterTypeSchema,
  country: countrySchema,
  preferredLanguage: languageSchema,
});
export type Requester = z.infer<typeof requesterSchema>;

const optionalText = (max: number): z.ZodNullable<z.ZodString> =>
  z.string().trim().max(max).nullable();

/**
 * Identity and contact (GDPR personal data). Lives only inside a record's `personal` part, which
 * is encrypted at rest as a whole and never indexed.
 */
export const requesterPersonalSchema = z.object({
  name: optionalText(200),
  specialty: optionalText(200),
  institution: optionalText(200),
  email: z.email('Expected an e-mail address').nullable(),
  phone: optionalText(50),
  address: optionalText(500),
});
export type RequesterPersonal = z.infer<typeof requesterPersonalSchema>;
