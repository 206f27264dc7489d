import { z } from 'zod';
import { sha256HexSchema } from './audit-event';
import { idSchema, timestampSchema } from './common';

/**
 * The electronic signature that approves one version of a library document (21 CFR 11.50: the
 * printed name, the date and time, and the meaning). `contentHash` binds it to the exact content
 * approved (11.70): it is the SHA-256 of the document's canonical approved content
 * (`documentContentHash` in src/shared/library/approval.ts), so it cannot be moved to another
 * record or survive a change of the signed fields. The signature itself is made by the identity
 * service (user ID and password, 11.200); the library only stores and shows it.
 */
export const documentApprovalSignatureSchema = z.object({
  signerUserId: idSchema,
  printedName: z.string().trim().min(1).max(120),
  meaning: z.literal('approved'),
  signedAt: timestampSchema,
  contentHash: sha256HexSchema,
  method: z.literal('password'),
});
export type DocumentApprovalSignature = z.infer<typeof documentApprovalSignatureSchema>;
