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
  /** Returns a reason when the stored record may no longer change. */
  immutableWhen?: (stored: SyncedRecord) => ImmutabilityReason | null;
};

/**
 * Safety report statuses from "forwarded" on. Once forwarded a report is immutable; corrections
 * are follow-up records (PRODUCT.md, safety report life cycle).
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
    immutableWhen: (stored) =>
      (FORWARDED_OR_LATER as readonly unknown[]).includes(stored.status)
        ? 'immutable-forwarded-report'
        : null,
  },
  documents: { name: 'documents', schema: syncedRecordSchema, ownership: 'none' },
  products: { name: 'products', schema: syncedRecordSchema, ownership: 'none' },
  documentUses: { name: 'documentUses', schema: syncedRecordSchema, ownership: 'creator' },
};

/**
 * The registry entry of a table, or null for a table this server does not sync.
 * @throws never
 */
export function findSyncedTable(name: string): SyncedTable | null {
  return isSyncedTableName(name) ? TABLES[name] : null;
}
