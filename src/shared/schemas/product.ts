import { z } from 'zod';
import { countrySchema, syncedRecordSchema } from './common';

/** An approved indication in one country's (or the EU's) labelling: off-label is per country. */
export const approvedIndicationSchema = z.object({
  country: countrySchema,
  text: z.string().trim().min(1).max(2000),
});
export type ApprovedIndication = z.infer<typeof approvedIndicationSchema>;

/** A medicine of the company: reference data, authored centrally, read on every device. */
export const productSchema = syncedRecordSchema.extend({
  brandName: z.string().trim().min(1).max(100),
  /** The INN; search is tolerant of typos in both names (PRODUCT.md job 2). */
  genericName: z.string().trim().min(1).max(200),
  /** Former names, development codes and common misspellings, for search. */
  synonyms: z.array(z.string().trim().min(1).max(100)),
  /**
   * As printed on the pack, e.g. `20 mg film-coated tablet`. May be empty: a library bundle
   * (docs/library-bundle.md) names a product without its strengths.
   */
  strengths: z.array(z.string().trim().min(1).max(100)).max(50),
  /** Empty when not known (a library bundle need not say). */
  therapeuticArea: z.string().trim().max(100),
  approvedIndications: z.array(approvedIndicationSchema),
});
export type Product = z.infer<typeof productSchema>;
