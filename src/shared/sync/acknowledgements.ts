import { z } from 'zod';

/**
 * POST /api/v1/safety-reports/:id/acknowledge: PV records that a forwarded report reached the
 * safety database, with its case id there (PRODUCT.md, safety report life cycle: forwarded →
 * acknowledged). The report itself stays immutable; the acknowledgement is its own record in the
 * synced table `safetyAcknowledgements`, with the report's id, owned by the report's owner.
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

/** The acknowledgement record as stored and pulled (`data` of a safetyAcknowledgements row). */
export const acknowledgementRecordSchema = z.object({
  id: z.uuid(),
  safetyReportId: z.uuid(),
  pvCaseId: z.string(),
  /** Server-stamped (database clock). */
  acknowledgedAt: z.iso.datetime({ offset: true }),
  acknowledgedByUserId: z.uuid(),
  acknowledgedByName: z.string(),
});
/** The acknowledgement record as stored and pulled. */
export type AcknowledgementRecord = z.infer<typeof acknowledgementRecordSchema>;

/** The name of the synced table acknowledgements live in. */
export const ACKNOWLEDGEMENTS_TABLE = 'safetyAcknowledgements';
