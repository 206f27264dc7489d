import type { Table } from 'dexie';
import { newSafetyReportSchema } from '../../../shared/schemas';
import type { Id, NewSafetyReport, SafetyReport } from '../../../shared/schemas';
import { createId, localYearOf } from '../../../shared/domain';
import { assertEditable } from '../../../shared/safety/day-zero';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { newRecordFields } from './record-fields';
import { allocateReferences } from './references';
import { safetyReportFromRow } from './synced-tables';
import { writeSynced } from './write-synced';
import type { Actor } from './write-synced';

/**
 * Fields the Day 0 and life-cycle functions own (safety-lifecycle-repository.ts); an ordinary
 * edit never changes them: Day 0 only moves earlier with a reason, the first-save time never
 * changes, and forwarding is recorded, not typed.
 */
const guardedFields = [
  'kind',
  'awarenessAt',
  'awarenessChanges',
  'firstSavedAt',
  'status',
  'forwarding',
  'followUpOf',
  'followUpNumber',
  'inquiryId',
  'sourceReceivedAt',
] as const;
type GuardedField = (typeof guardedFields)[number];

/** What an edit may change: the case content (reporter, patient, products, reactions …). */
export type SafetyReportChanges = Partial<Omit<NewSafetyReport, GuardedField>>;

/** The tables every safety-report write touches: the record, the outbox, the audit, meta. */
export function safetyTables(db: MedinfoDatabase): Table[] {
  return [db.safetyReports, db.outbox, db.audit, db.meta];
}

/**
 * Saves a new safety report: a new id, an `SR-` reference from this device's counter, and the
 * first-save time stamped by the store (never changed afterwards). The report goes to the outbox
 * at safety priority. Throws a ZodError with field paths when the content is invalid (nothing is
 * written), StoreNotOpenError without a device identity.
 */
export async function createSafetyReport(
  db: MedinfoDatabase,
  input: NewSafetyReport,
  actor: Actor,
): Promise<SafetyReport> {
  const content = newSafetyReportSchema.parse({
    ...input,
    firstSavedAt: actor.at,
    status: 'flagged',
    forwarding: null,
  });
  return db.transaction('rw', safetyTables(db), async () => {
    const [reference] = await allocateReferences(db, 'SR', localYearOf(actor.at), 1);
    if (reference === undefined) throw new RangeError('No reference allocated');
    const record = {
      ...newRecordFields(actor, createId({ msecs: Date.parse(actor.at) })),
      ...content,
      reference,
    };
    const receipt = await writeSynced(db, {
      table: 'safetyReports',
      record,
      actor,
      operation: 'put',
    });
    return receipt.record;
  });
}

/** A safety report by id; undefined when unknown or deleted. */
export async function getSafetyReport(
  db: MedinfoDatabase,
  id: Id,
): Promise<SafetyReport | undefined> {
  const row = await db.safetyReports.get(id);
  return row === undefined || row.deleted ? undefined : safetyReportFromRow(row);
}

/** Throws RecordNotFoundError when the report does not exist or is deleted. */
export async function requireSafetyReport(db: MedinfoDatabase, id: Id): Promise<SafetyReport> {
  const report = await getSafetyReport(db, id);
  if (!report) throw new RecordNotFoundError('safetyReports', id);
  return report;
}

/** Every safety report, most recent Day 0 first (a few hundred a year per affiliate). */
export async function listSafetyReports(db: MedinfoDatabase): Promise<SafetyReport[]> {
  const rows = await db.safetyReports.orderBy('[awarenessAtUtc+id]').reverse().toArray();
  return rows.filter((row) => !row.deleted).map(safetyReportFromRow);
}

/** The safety reports opened from one inquiry. */
export async function listSafetyReportsOfInquiry(
  db: MedinfoDatabase,
  inquiryId: Id,
): Promise<SafetyReport[]> {
  const rows = await db.safetyReports.where('inquiryId').equals(inquiryId).toArray();
  return rows.filter((row) => !row.deleted).map(safetyReportFromRow);
}

/**
 * Edits the case content of a report that has not been forwarded. Throws SafetyRuleError
 * (`report-forwarded`) for a forwarded report — record a follow-up instead —, RecordNotFoundError
 * for an unknown report and a ZodError (with field paths) when the result is invalid.
 */
export async function updateSafetyReport(
  db: MedinfoDatabase,
  id: Id,
  changes: SafetyReportChanges,
  actor: Actor,
): Promise<SafetyReport> {
  return db.transaction('rw', safetyTables(db), async () => {
    const current = await requireSafetyReport(db, id);
    assertEditable(current);
    const guarded = Object.fromEntries(guardedFields.map((field) => [field, current[field]]));
    const record = { ...current, ...changes, ...guarded } as SafetyReport; // `kind` is kept from `current`, so the variant holds.
    const receipt = await writeSynced(db, {
      table: 'safetyReports',
      record,
      actor,
      operation: 'put',
    });
    return receipt.record;
  });
}
