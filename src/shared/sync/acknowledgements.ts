import { z } from 'zod';

/**
 * POST /api/v1/safety-reports/:id/acknowledge: PV records that a forwarded report reached the
 * safety database, with its case id there (PRODUCT.md, safety report life cycle: forwarded →
 * acknowledged). The report itself stays immutable; the acknowledgement is its own record in the
 * synced table `safetyActions` (kind `acknowledged`), owned by the report's owner.
 */

/** The body of an acknowledgement. */
export const acknowledgeRequestSchema = z.strictObject({
  /** The case id in PV's safety database (e.g. the E2B C.1.1 sender's safety report id). */
  pvCaseId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\p{Cc}]+$/u, 'Printable characters only'),
});
/** The body of an acknowledgement. */
export type AcknowledgeRequest = z.infer<typeof acknowledgeRequestSchema>;

/**
 * The acknowledgement as stored and pulled: a safety action of kind `acknowledged`
 * (src/shared/schemas/safety-action.ts), written by the server with the database clock. Like every
 * stored record it holds no server-owned fields (SERVER_OWNED_FIELDS): they travel beside it.
 */
export const acknowledgementRecordSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid(),
  updatedBy: z.uuid(),
  reportId: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  kind: z.literal('acknowledged'),
  pvCaseId: z.string(),
});
/** The acknowledgement record as stored and pulled. */
export type AcknowledgementRecord = z.infer<typeof acknowledgementRecordSchema>;

/** The synced table acknowledgements live in: the safety actions. */
export const ACKNOWLEDGEMENTS_TABLE = 'safetyActions';
