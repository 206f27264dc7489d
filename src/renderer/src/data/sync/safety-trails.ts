import type { Forwarding, Id, Reference, Timestamp } from '../../../../shared/schemas';
import type { MedinfoDatabase } from '../db';

/**
 * Captured vs forwarded vs acknowledged (PRODUCT.md, job 4), for the sync page: each safety
 * report on this device with its forwarding (the server's receipt or a manual channel) and PV's
 * acknowledgement (a safety action, often pulled from the server). Non-personal fields only, so
 * nothing is decrypted.
 */
export type SafetyReportTrail = {
  report: { id: Id; reference: Reference; awarenessAt: Timestamp; forwarding: Forwarding | null };
  acknowledgement: { pvCaseId: string; occurredAt: Timestamp } | null;
};

/** Every report on this device with its trail, latest Day 0 first. */
export async function listSafetyReportTrails(db: MedinfoDatabase): Promise<SafetyReportTrail[]> {
  const reports = await db.safetyReports.orderBy('[awarenessAtUtc+id]').reverse().toArray();
  const actions = await db.safetyActions.toArray();
  const acknowledgements = new Map<Id, { pvCaseId: string; occurredAt: Timestamp }>();
  // The first acknowledgement counts: a case id in PV's database does not change.
  for (const action of actions.sort((left, right) => left.id.localeCompare(right.id))) {
    if (action.kind !== 'acknowledged' || action.deleted || acknowledgements.has(action.reportId))
      continue;
    acknowledgements.set(action.reportId, {
      pvCaseId: action.pvCaseId,
      occurredAt: action.occurredAt,
    });
  }
  return reports
    .filter((report) => !report.deleted)
    .map((report) => ({
      report: {
        id: report.id,
        reference: report.reference,
        awarenessAt: report.awarenessAt,
        forwarding: report.forwarding,
      },
      acknowledgement: acknowledgements.get(report.id) ?? null,
    }));
}
