import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

/**
 * A MedDRA release kept on a device (decision 0053). MedDRA is licensed: the company imports its
 * own release; the app ships no terms. It is reference data, not a record of a case: it stays on
 * the device (local), and each coded reaction carries its codes and version, so a report never
 * depends on the release still being there.
 */

/** What the screens show of the imported release. */
export const meddraReleaseInfoSchema = z.object({
  version: z.string().regex(/^\d{1,2}\.\d$/),
  language: z.string().nullable(),
  lowLevelTermCount: z.number().int().nonnegative(),
  preferredTermCount: z.number().int().nonnegative(),
  importedAt: timestampSchema,
  importedBy: idSchema,
});
export type MeddraReleaseInfo = z.infer<typeof meddraReleaseInfoSchema>;

/** The distribution files as imported (text); re-parsed by the coder when it is first needed. */
export const meddraReleaseFilesSchema = z.object({
  llt: z.string(),
  pt: z.string(),
  release: z.string().optional(),
});
export type MeddraReleaseFiles = z.infer<typeof meddraReleaseFilesSchema>;
