import type { z } from 'zod';
import { safetyActionSchema, safetyReportSchema } from '../../shared/schemas';
import type { SyncedRecord, SyncedTableName } from '../../shared/sync';
import { isSyncedTableName, syncedRecordSchema } from '../../shared/sync';

/**
 * The registry of synced tables: for each, the schema a record must pass, how ownership works,
 * and when a stored record refuses changes. Access per role is in src/shared/sync/access.ts.
 * Records of every table live in the one generic `records` table (decision 0006).
 *
 * Every table checks the generic shape; safety reports and safety actions are also checked
 * against their entity schemas of src/shared/schemas (the same rules the devices apply), since
 * the server forwards them to PV. The other tables get theirs as the need arises.
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

/** The generic shape plus an entity schema of src/shared/schemas (its issues, its paths). */
function withEntitySchema(entity: z.ZodType): z.ZodType<SyncedRecord> {
  return syncedRecordSchema.superRefine((raw, context) => {
    const parsed = entity.safeParse(raw);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });
}

const TABLES: Readonly<Record<SyncedTableName, SyncedTable>> = {
  inquiries: { name: 'inquiries', schema: syncedRecordSchema, ownership: 'creator' },
  letters: { name: 'letters', schema: syncedRecordSchema, ownership: 'creator' },
  safetyReports: {
    name: 'safetyReports',
    schema: withEntitySchema(safetyReportSchema),
    ownership: 'creator',
    // Mutations of the push that first stores a report are still its capture (a report typed
    // offline, then completed, arrives as one batch); anything after that is a follow-up.
    immutableWhen: (stored, isReceivedEarlier) =>
      isReceivedEarlier || (FORWARDED_OR_LATER as readonly unknown[]).includes(stored.status)
        ? 'immutable-forwarded-report'
        : null,
  },
  // Acknowledgement, reconciliation and follow-up attempts; PV's acknowledgement is written by
  // the acknowledge endpoint, owned by the report's owner.
  safetyActions: {
    name: 'safetyActions',
    schema: withEntitySchema(safetyActionSchema),
    ownership: 'creator',
  },
  // E-signatures: never changed once made (21 CFR 11.70), which the devices enforce.
  signatures: { name: 'signatures', schema: syncedRecordSchema, ownership: 'creator' },
  documents: { name: 'documents', schema: syncedRecordSchema, ownership: 'none' },
  products: { name: 'products', schema: syncedRecordSchema, ownership: 'none' },
  documentUses: { name: 'documentUses', schema: syncedRecordSchema, ownership: 'creator' },
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
