import { z } from 'zod';
import type { SyncedRecord, SyncedTableName } from '../../shared/sync';
import { isSyncedTableName, syncedRecordSchema } from '../../shared/sync';

/**
 * The registry of synced tables: for each, the schema a record must pass, how ownership works,
 * and when a stored record refuses changes. Access per role is in src/shared/sync/access.ts.
 * Records of every table live in the one generic `records` table (decision 0006).
 *
 * The schemas check the generic shape for now; the entity schemas of src/shared/schemas take
 * their place as the features land (a record's non-personal fields only: the personal part stays
 * opaque to the server).
 */

/** Why a stored record refuses changes. */
export type ImmutabilityReason = 'immutable-forwarded-report';

/** One synced table. */
export type SyncedTable = {
  name: SyncedTableName;
  schema: z.ZodType<SyncedRecord>;
  /**
   * `creator`: the user who first pushes a record owns it (scope `own` of the access rules);
   * `none`: shared content such as the library, which no user owns.
   */
  ownership: 'creator' | 'none';
  /**
   * Returns a reason when the stored record may no longer change. `isReceivedEarlier`: the
   * record was first stored by an earlier push (not by the one being applied).
   */
  immutableWhen?: (stored: SyncedRecord, isReceivedEarlier: boolean) => ImmutabilityReason | null;
};

/**
 * Safety report statuses from "forwarded" on. Once forwarded a report is immutable; corrections
 * are follow-up records (PRODUCT.md, safety report life cycle). A report also counts as
 * forwarded as soon as the server has received it (PRODUCT.md: "forwarded when the server has
 * received it, server-stamped time"): decision 0072.
 */
export const FORWARDED_OR_LATER = ['forwarded', 'acknowledged', 'reconciled'] as const;

const safetyReportSchema = syncedRecordSchema.and(
  z.object({ status: z.enum(['flagged', ...FORWARDED_OR_LATER]).optional() }),
);

const TABLES: Readonly<Record<SyncedTableName, SyncedTable>> = {
  inquiries: { name: 'inquiries', schema: syncedRecordSchema, ownership: 'creator' },
  letters: { name: 'letters', schema: syncedRecordSchema, ownership: 'creator' },
  safetyReports: {
    name: 'safetyReports',
    schema: safetyReportSchema,
    ownership: 'creator',
    // Mutations of the push that first stores a report are still its capture (a report typed
    // offline, then completed, arrives as one batch); anything after that is a follow-up.
    immutableWhen: (stored, isReceivedEarlier) =>
      isReceivedEarlier || (FORWARDED_OR_LATER as readonly unknown[]).includes(stored.status)
        ? 'immutable-forwarded-report'
        : null,
  },
  // Written only by the acknowledge endpoint (no role may push one); owned by the report's owner.
  safetyAcknowledgements: {
    name: 'safetyAcknowledgements',
    schema: syncedRecordSchema,
    ownership: 'creator',
  },
  documents: { name: 'documents', schema: syncedRecordSchema, ownership: 'none' },
  products: { name: 'products', schema: syncedRecordSchema, ownership: 'none' },
  // Congress events: shared by the booth staff of a congress, owned by no one.
  events: { name: 'events', schema: syncedRecordSchema, ownership: 'none' },
};

/**
 * The registry entry of a table, or null for a table this server does not sync.
 * @throws never
 */
export function findSyncedTable(name: string): SyncedTable | null {
  return isSyncedTableName(name) ? TABLES[name] : null;
}
