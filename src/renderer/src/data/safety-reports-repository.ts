import type { Id, SafetyAcknowledgement, SafetyReport } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { ImmutableFieldError, RecordNotFoundError } from './errors';
import { writeSynced } from './write-synced';
import type { Actor } from './write-synced';

/**
 * Safety reports, as far as sync needs them: create, complete before forwarding, read, and the
 * PV acknowledgement that arrives by pull. The safety capability builds its screens and rules on
 * top (and may replace these functions with its own).
 */

/**
 * Stores a new or changed report through the synced write path (safety priority: pushed first).
 * A forwarded report (the server has received it: `forwardedAt` set) cannot change: corrections
 * are follow-up reports (PRODUCT.md) — ImmutableFieldError. Throws a ZodError for an invalid
 * report.
 */
export async function saveSafetyReport(
  db: MedinfoDatabase,
  report: SafetyReport,
  actor: Actor,
): Promise<SafetyReport> {
  return db.transaction('rw', [db.safetyReports, db.outbox, db.audit, db.meta], async () => {
    const stored = await db.safetyReports.get(report.id);
    if (stored?.forwardedAt != null) {
      throw new ImmutableFieldError('safetyReports', report.id, 'forwarded report');
    }
    const receipt = await writeSynced(db, {
      table: 'safetyReports',
      // Server-stamped; a person never sets it.
      record: { ...report, forwardedAt: stored?.forwardedAt ?? null },
      actor,
      operation: 'put',
    });
    return receipt.record;
  });
}

/** A report by id; undefined when unknown or deleted. */
export async function getSafetyReport(
  db: MedinfoDatabase,
  id: Id,
): Promise<SafetyReport | undefined> {
  const report = await db.safetyReports.get(id);
  return report?.deleted ? undefined : report;
}

/**
 * Deletes a report that has not been forwarded (a tombstone).
 * Throws RecordNotFoundError when unknown, ImmutableFieldError once forwarded.
 */
export async function deleteSafetyReport(db: MedinfoDatabase, id: Id, actor: Actor): Promise<void> {
  await db.transaction('rw', [db.safetyReports, db.outbox, db.audit, db.meta], async () => {
    const report = await getSafetyReport(db, id);
    if (report === undefined) throw new RecordNotFoundError('safetyReports', id);
    if (report.forwardedAt !== null) {
      throw new ImmutableFieldError('safetyReports', id, 'forwarded report');
    }
    await writeSynced(db, { table: 'safetyReports', record: report, actor, operation: 'delete' });
  });
}

/** A report with what PV did with it, for the reconciliation list. */
export type SafetyReportTrail = {
  report: SafetyReport;
  acknowledgement: SafetyAcknowledgement | null;
};

/** Every report on this device with its acknowledgement, newest awareness first. */
export async function listSafetyReportTrails(db: MedinfoDatabase): Promise<SafetyReportTrail[]> {
  const reports = (await db.safetyReports.toArray()).filter((report) => !report.deleted);
  const acknowledgements = await db.safetyAcknowledgements.bulkGet(reports.map((r) => r.id));
  return (
    reports
      .map((report, index) => ({
        report,
        acknowledgement:
          acknowledgements[index]?.deleted === false ? (acknowledgements[index] ?? null) : null,
      }))
      // By instant: the texts carry the device's offset, which does not sort across offsets.
      .sort(
        (left, right) => Date.parse(right.report.awarenessAt) - Date.parse(left.report.awarenessAt),
      )
  );
}
