import { newSafetyReportSchema } from '../../../shared/schemas';
import type { Id, NewSafetyReport, SafetyReport } from '../../../shared/schemas';
import { createId, localYearOf } from '../../../shared/domain';
import { assertEditable } from '../../../shared/safety/day-zero';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { newRecordFields } from './record-fields';
import { recordsFromRows } from './read-records';
import { modifySynced } from './write-modify';
import { commitSynced } from './write-synced';
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

/**
 * Saves a new safety report: a new id, an `SR-` reference from this device's counter, and the
 * first-save time stamped by the store (never changed afterwards). The report goes to the outbox
 * at safety priority, its personal part encrypted. Throws a ZodError with field paths when the
 * content is invalid (nothing is written), and as `writeSynced`.
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
  return createReportRecord(db, content, actor);
}

/** Writes new report content with a new id and the next `SR-` reference. */
export async function createReportRecord(
  db: MedinfoDatabase,
  content: NewSafetyReport,
  actor: Actor,
): Promise<SafetyReport> {
  const id = createId({ msecs: Date.parse(actor.at) });
  const [receipt] = await commitSynced(db, {
    table: 'safetyReports',
    actor,
    operation: 'put',
    ids: [id],
    // The reference is reserved before the transaction and taken in it (decisions 0004, 0011).
    references: { prefix: 'SR', year: localYearOf(actor.at) },
    build: (_current, [reference]) => {
      if (reference === undefined) throw new RangeError('No reference allocated');
      return [{ ...newRecordFields(actor, id), ...content, reference }];
    },
  });
  if (!receipt) throw new RangeError('The write returned no report');
  return receipt.record;
}

/**
 * A safety report by id, its personal part decrypted; undefined when unknown or deleted.
 * Throws StoreLockedError while locked.
 */
export async function getSafetyReport(
  db: MedinfoDatabase,
  id: Id,
): Promise<SafetyReport | undefined> {
  const row = await db.safetyReports.get(id);
  if (row === undefined || row.deleted) return undefined;
  const [report] = await recordsFromRows(db, 'safetyReports', [row]);
  return report;
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
  return recordsFromRows(
    db,
    'safetyReports',
    rows.filter((row) => !row.deleted),
  );
}

/** The safety reports opened from one inquiry. */
export async function listSafetyReportsOfInquiry(
  db: MedinfoDatabase,
  inquiryId: Id,
): Promise<SafetyReport[]> {
  const rows = await db.safetyReports.where('inquiryId').equals(inquiryId).toArray();
  return recordsFromRows(
    db,
    'safetyReports',
    rows.filter((row) => !row.deleted),
  );
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
  return modifySynced(db, 'safetyReports', id, actor, (current) => {
    assertEditable(current);
    const guarded = Object.fromEntries(guardedFields.map((field) => [field, current[field]]));
    return { ...current, ...changes, ...guarded } as SafetyReport; // `kind` is kept from `current`, so the variant holds.
  });
}
