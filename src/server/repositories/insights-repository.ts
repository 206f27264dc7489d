import type { Queryable } from '../database/database';

/** The tables the insights read, by their synced names (some arrive with later capabilities). */
export const INSIGHTS_TABLES = [
  'inquiries',
  'products',
  'documents',
  'events',
  'safetyReports',
  'documentUses',
  'responses',
] as const;
export type InsightsTable = (typeof INSIGHTS_TABLES)[number];

/**
 * The live (not deleted) records of the insights tables, as stored JSON, grouped by table. The
 * team is everyone for now (see src/shared/sync/access.ts), so no owner filter applies; the
 * caller checks the role. Reads every live record: fine at MI volumes (tens of thousands a
 * year); a projection table fed by push is the next step if it ever is not (decision 0006).
 * @throws the driver's error
 */
export async function listInsightsRecords(
  db: Queryable,
): Promise<Record<InsightsTable, unknown[]>> {
  const result = await db.query<{ table_name: InsightsTable; data: unknown }>(
    `SELECT table_name, data FROM records
     WHERE table_name = ANY($1::text[]) AND NOT deleted
     ORDER BY server_revision`,
    [[...INSIGHTS_TABLES]],
  );
  const grouped = Object.fromEntries(INSIGHTS_TABLES.map((table) => [table, [] as unknown[]]));
  for (const row of result.rows) grouped[row.table_name]?.push(row.data);
  return grouped as Record<InsightsTable, unknown[]>; // every key was set from INSIGHTS_TABLES above
}
