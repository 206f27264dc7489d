import { z } from 'zod';
import { idSchema, syncedRecordSchema, timestampSchema } from './common';

/** `sent`: enclosed in a letter or e-mail; `verbal`: read out to the requester. */
export const documentUseKindSchema = z.enum(['sent', 'verbal']);
export type DocumentUseKind = z.infer<typeof documentUseKindSchema>;

/**
 * One use of a library document for one question of an inquiry (PRODUCT.md job 2: every use,
 * sent or read out, is counted). `documentId` names the exact version used; `lineageId` lets
 * insights count a document across its versions. Immutable once written: a use is a fact.
 */
export const documentUseSchema = syncedRecordSchema.extend({
  documentId: idSchema,
  lineageId: idSchema,
  inquiryId: idSchema,
  questionId: idSchema,
  kind: documentUseKindSchema,
  usedAt: timestampSchema,
});
export type DocumentUse = z.infer<typeof documentUseSchema>;
