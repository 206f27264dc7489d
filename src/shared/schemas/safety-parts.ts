import { z } from 'zod';
import { isPartialDate } from '../domain/partial-date';
import { countrySchema, idSchema, isoDateSchema, languageSchema } from './common';

/**
 * The parts of an adverse-event report (ICH E2B(R3) sections C.2, D, E, G; CIOMS I boxes 1–22).
 * Messages are i18n keys of the `safety.errors` catalog, so the form shows them in the officer's
 * language.
 */

/** A year, month or day as reported (see src/shared/domain/partial-date.ts). */
export const partialDateSchema = z
  .string()
  .refine(isPartialDate, { message: 'safetyReports.errors.partialDate' });

/** Optional free text: blank becomes null, so "typed and erased" is the same as "never typed". */
export function optionalText(max: number): z.ZodType<string | null> {
  return z
    .string()
    .trim()
    .max(max, { message: 'safetyReports.errors.tooLong' })
    .nullable()
    .transform((value) => (value === '' ? null : value));
}

/** E2B C.2.r.4 reporter qualification (codes 1–5 of OID …1.1.6). */
export const reporterQualificationSchema = z.enum([
  'physician',
  'pharmacist',
  'other-health-professional',
  'lawyer',
  'consumer',
]);
export type ReporterQualification = z.infer<typeof reporterQualificationSchema>;

/** What PV may always see about the reporter: enough for E2B C.2.r.3–4, nothing identifying. */
export const reporterSchema = z.object({
  qualification: reporterQualificationSchema.nullable(),
  country: countrySchema.nullable(),
});
export type Reporter = z.infer<typeof reporterSchema>;

/** Who the reporter is (personal). Name or initials make a reporter identifiable (GVP VI.B.2). */
export const reporterIdentitySchema = z.object({
  title: optionalText(50),
  givenName: optionalText(60),
  familyName: optionalText(60),
  initials: optionalText(10),
  organisation: optionalText(100),
});
export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;

/**
 * How to reach the reporter (personal part `reporterContact`). The sync server strips it for
 * pv-liaison users without the `reporter-contact` permission (PRODUCT.md, roles table).
 */
export const reporterContactSchema = z.object({
  street: optionalText(100),
  city: optionalText(35),
  state: optionalText(40),
  postcode: optionalText(15),
  phone: optionalText(33),
  email: z
    .union([z.email({ message: 'safetyReports.errors.email' }), z.literal('')])
    .nullable()
    .transform((value) => (value === '' ? null : value)),
});
export type ReporterContact = z.infer<typeof reporterContactSchema>;

/** E2B D.2.2b age units; `years` … `hours`. */
export const ageUnitSchema = z.enum(['years', 'months', 'weeks', 'days', 'hours']);
export type AgeUnit = z.infer<typeof ageUnitSchema>;

/** E2B D.2.3 age group as the reporter gave it (codes 0–6 of OID …1.1.9). */
export const ageGroupSchema = z.enum([
  'foetus',
  'neonate',
  'infant',
  'child',
  'adolescent',
  'adult',
  'elderly',
]);
export type AgeGroup = z.infer<typeof ageGroupSchema>;

export const sexSchema = z.enum(['male', 'female']);
export type Sex = z.infer<typeof sexSchema>;

/** Pregnancy status and the dates the outcome follow-up needs (GVP VI.B.6.1). */
export const pregnancySchema = z.object({
  status: z.enum(['pregnant', 'not-pregnant', 'unknown', 'not-applicable']),
  /** Exposure of the mother, or of the father (paternal exposure). */
  exposure: z.enum(['maternal', 'paternal']).nullable(),
  lastMenstrualPeriod: partialDateSchema.nullable(),
  expectedDeliveryDate: isoDateSchema.nullable(),
  gestationWeeksAtExposure: z
    .number()
    .int()
    .min(0)
    .max(45, { message: 'safetyReports.errors.gestation' })
    .nullable(),
});
export type Pregnancy = z.infer<typeof pregnancySchema>;

/** The patient: all of it is personal data. Limits refuse what cannot be a person. */
export const patientSchema = z.object({
  initials: optionalText(10),
  /** A record number the reporter uses (E2B D.1.1), never a national identity number. */
  recordNumber: optionalText(20),
  dateOfBirth: partialDateSchema.nullable(),
  age: z
    .object({
      value: z.number().min(0, { message: 'safetyReports.errors.negativeAge' }),
      unit: ageUnitSchema,
    })
    .nullable(),
  ageGroup: ageGroupSchema.nullable(),
  sex: sexSchema.nullable(),
  weightKg: z
    .number()
    .gt(0.2, { message: 'safetyReports.errors.weight' })
    .max(650, { message: 'safetyReports.errors.weight' })
    .nullable(),
  heightCm: z
    .number()
    .min(20, { message: 'safetyReports.errors.height' })
    .max(280, { message: 'safetyReports.errors.height' })
    .nullable(),
  pregnancy: pregnancySchema,
});
export type Patient = z.infer<typeof patientSchema>;

/** E2B G.k.1 characterisation of the drug's role. */
export const productRoleSchema = z.enum(['suspect', 'concomitant', 'interacting']);
export type ProductRole = z.infer<typeof productRoleSchema>;

/** E2B G.k.8 action taken with the drug (codes of OID …1.1.15). */
export const actionTakenSchema = z.enum([
  'withdrawn',
  'dose-reduced',
  'dose-increased',
  'dose-not-changed',
  'unknown',
  'not-applicable',
]);
export type ActionTaken = z.infer<typeof actionTakenSchema>;

/** A medicine as the reporter named it, with how it was taken (E2B G.k, CIOMS boxes 14–22). */
export const reportedProductSchema = z.object({
  /** Links the product to its role and causality in E2B (productUseReference). */
  id: idSchema,
  role: productRoleSchema,
  /** The company's product when it is one of ours; null for another company's medicine. */
  productId: idSchema.nullable(),
  name: z.string().trim().min(1, { message: 'safetyReports.errors.required' }).max(250),
  strength: optionalText(100),
  lotNumber: optionalText(35),
  dose: z.object({
    amount: z.number().positive({ message: 'safetyReports.errors.dose' }).max(1_000_000).nullable(),
    unit: optionalText(50),
    /** Free-text dosage ("2 puffs twice daily"), E2B G.k.4.r.8. */
    text: optionalText(2000),
  }),
  route: optionalText(60),
  indication: optionalText(250),
  startDate: partialDateSchema.nullable(),
  stopDate: partialDateSchema.nullable(),
  actionTaken: actionTakenSchema.nullable(),
});
export type ReportedProduct = z.infer<typeof reportedProductSchema>;

/** E2B E.i.3.2 seriousness criteria, per reaction (a case is serious when any reaction is). */
export const seriousnessSchema = z.object({
  death: z.boolean(),
  lifeThreatening: z.boolean(),
  hospitalisation: z.boolean(),
  disability: z.boolean(),
  congenitalAnomaly: z.boolean(),
  otherMedicallyImportant: z.boolean(),
});
export type Seriousness = z.infer<typeof seriousnessSchema>;

/** E2B E.i.7 outcome (codes 0–5 of OID …1.1.11). */
export const eventOutcomeSchema = z.enum([
  'recovered',
  'recovering',
  'not-recovered',
  'recovered-with-sequelae',
  'fatal',
  'unknown',
]);
export type EventOutcome = z.infer<typeof eventOutcomeSchema>;

/** A verbatim term coded to MedDRA: the lowest level term, its preferred term, the version. */
export const meddraCodingSchema = z.object({
  lltCode: z.string().regex(/^\d{8}$/),
  lltName: z.string().min(1).max(100),
  ptCode: z.string().regex(/^\d{8}$/),
  ptName: z.string().min(1).max(100),
  version: z.string().regex(/^\d{1,2}\.\d$/, { message: 'safetyReports.errors.meddraVersion' }),
});
export type MeddraCoding = z.infer<typeof meddraCodingSchema>;

/** A suspected reaction, recorded verbatim; coding is added when a MedDRA release is loaded. */
export const reportedEventSchema = z.object({
  id: idSchema,
  verbatim: z.string().trim().min(1, { message: 'safetyReports.errors.required' }).max(250),
  /** The language the reporter used (E2B E.i.1.1b). */
  language: languageSchema,
  onset: partialDateSchema.nullable(),
  end: partialDateSchema.nullable(),
  outcome: eventOutcomeSchema.nullable(),
  seriousness: seriousnessSchema,
  coding: meddraCodingSchema.nullable(),
});
export type ReportedEvent = z.infer<typeof reportedEventSchema>;

/** No seriousness criterion ticked. */
export const notSerious: Seriousness = {
  death: false,
  lifeThreatening: false,
  hospitalisation: false,
  disability: false,
  congenitalAnomaly: false,
  otherMedicallyImportant: false,
};
