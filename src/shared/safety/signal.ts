import { z } from 'zod';

/**
 * What text screening reports while the officer types: a span of the original text that looks like
 * an adverse event, a product quality complaint or a special situation (GVP VI.B.6). A signal is a
 * prompt for the officer, never a case by itself: the officer confirms it and captures the report.
 */

export const safetySignalKindSchema = z.enum([
  'adverse-event',
  'product-complaint',
  'special-situation',
]);
export type SafetySignalKind = z.infer<typeof safetySignalKindSchema>;

/**
 * The special situations of GVP VI.B.6 that text screening looks for. Use in paediatric or elderly
 * patients is recorded on the report instead (PRODUCT.md), so it is not a screening signal.
 */
export const specialSituationSchema = z.enum([
  'pregnancy',
  'breastfeeding',
  'overdose',
  'abuse',
  'misuse',
  'medication-error',
  'off-label-use',
  'occupational-exposure',
  'lack-of-efficacy',
  'drug-interaction',
  'counterfeit',
  'infection-transmission',
]);
export type SpecialSituation = z.infer<typeof specialSituationSchema>;

/** The languages whose lexicons screening runs (all of them, on every text). */
export const screeningLanguageSchema = z.enum(['en', 'de', 'fr', 'es']);
export type ScreeningLanguage = z.infer<typeof screeningLanguageSchema>;

/** Where the signal sits in the original text: `text.slice(start, end) === matchedText`. */
const spanShape = {
  matchedText: z.string().min(1),
  start: z.int().nonnegative(),
  end: z.int().positive(),
  /** The language of the lexicon rule that matched, not a guess about the whole text. */
  language: screeningLanguageSchema,
};

export const safetySignalSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('adverse-event'), ...spanShape }),
    z.object({ kind: z.literal('product-complaint'), ...spanShape }),
    z.object({
      kind: z.literal('special-situation'),
      situation: specialSituationSchema,
      ...spanShape,
    }),
  ])
  .refine((signal) => signal.end - signal.start === signal.matchedText.length, {
    message: 'end - start must equal the length of matchedText',
  });
export type SafetySignal = z.infer<typeof safetySignalSchema>;
