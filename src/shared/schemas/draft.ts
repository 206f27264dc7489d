import { z } from 'zod';
import { idSchema, jsonValueSchema, timestampSchema } from './common';

export const draftKindSchema = z.enum(['inquiry', 'event']);
export type DraftKind = z.infer<typeof draftKindSchema>;

/**
 * A form being typed, saved on every change so a crash loses nothing (PRODUCT.md: booth capture
 * survives the app being closed mid-typing). The whole form is `personal`: it may hold any text.
 * Drafts are local UI state, not records: they are neither synced nor audited.
 */
export const draftSchema = z.object({
  id: z.string().min(1).max(100),
  kind: draftKindSchema,
  /** The record being edited, or null for a new one. */
  targetId: idSchema.nullable(),
  savedAt: timestampSchema,
  personal: jsonValueSchema,
});
export type Draft = z.infer<typeof draftSchema>;
