import { safetyActionSchema } from '../../../shared/schemas';
import type {
  FollowUpAttempt,
  ForwardingChannel,
  Id,
  SafetyAction,
  SafetyReport,
  Timestamp,
} from '../../../shared/schemas';
import { createId } from '../../../shared/domain';
import {
  assertEditable,
  moveAwarenessEarlier,
  SafetyRuleError,
  startFollowUp,
} from '../../../shared/safety/day-zero';
import type { MedinfoDatabase } from './db';
import { RecordNotFoundError } from './errors';
import { recordsFromRows } from './read-records';
import { newRecordFields } from './record-fields';
import { createReportRecord, requireSafetyReport } from './safety-reports-repository';
import { modifySynced } from './write-modify';
import { commitSynced, writeSynced } from './write-synced';
import type { Actor } from './write-synced';

/**
 * The life cycle of a safety report (PRODUCT.md): Day 0 moved earlier with a reason, forwarding
 * by a manual channel or the server's receipt, follow-up reports, the AE-plus-complaint link,
 * and the append-only actions (acknowledgement, reconciliation, follow-up attempts). Every write
 * goes through the synced write path, so each change is audited and queued at safety priority;
 * each change is made to the stored version (and again to a newer one if another write got in
 * first).
 */

/**
 * Moves Day 0 earlier (GVP VI.B.7), recording the old and new time and the reason on the report;
 * the audit trail keeps who did it and when. Throws SafetyRuleError when the time is not earlier,
 * the reason is too short or the report was forwarded; RecordNotFoundError for an unknown report.
 */
export async function moveDayZeroEarlier(
  db: MedinfoDatabase,
  id: Id,
  change: { to: Timestamp; reason: string },
  actor: Actor,
): Promise<SafetyReport> {
  return modifySynced(db, 'safetyReports', id, actor, (current) =>
    moveAwarenessEarlier(current, { ...change, by: actor.userId, at: actor.at }),
  );
}

/**
 * Records forwarding by a manual channel (fax, e-mail, phone) with its time and reference. From
 * then on the report is immutable. Throws SafetyRuleError when it was already forwarded, a
 * ZodError when the reference is missing or the time is before Day 0.
 */
export async function recordManualForwarding(
  db: MedinfoDatabase,
  id: Id,
  forwarding: { channel: Exclude<ForwardingChannel, 'server'>; at: Timestamp; reference: string },
  actor: Actor,
): Promise<SafetyReport> {
  return modifySynced(db, 'safetyReports', id, actor, (current) => {
    assertEditable(current);
    return {
      ...current,
      status: 'forwarded',
      forwarding: { ...forwarding, recordedBy: actor.userId, recordedAt: actor.at },
    };
  });
}

/**
 * Records the server's receipt (server-stamped time) as forwarding, for the sync engine. A report
 * already forwarded by hand keeps its earlier record. Throws RecordNotFoundError for an unknown report.
 */
export async function recordServerReceipt(
  db: MedinfoDatabase,
  id: Id,
  receivedAt: Timestamp,
  actor: Actor,
): Promise<SafetyReport> {
  return modifySynced(db, 'safetyReports', id, actor, (current) =>
    current.status !== 'flagged'
      ? current
      : {
          ...current,
          status: 'forwarded',
          forwarding: {
            channel: 'server',
            at: receivedAt,
            reference: null,
            recordedBy: actor.userId,
            recordedAt: actor.at,
          },
        },
  );
}

/**
 * A follow-up report to an existing one (forwarded or not): the case content copied, linked to
 * the initial report, numbered after the case's latest follow-up, with its own Day 0. Throws
 * RecordNotFoundError for an unknown report, a ZodError when Day 0 is after now.
 */
export async function createFollowUpReport(
  db: MedinfoDatabase,
  originalId: Id,
  source: { receivedAt: Timestamp; inquiryId: Id | null },
  actor: Actor,
): Promise<SafetyReport> {
  const original = await requireSafetyReport(db, originalId);
  const caseId = original.followUpOf ?? original.id;
  // Follow-up numbers are not personal: read them without decrypting the reports.
  const siblings = await db.safetyReports.where('followUpOf').equals(caseId).toArray();
  const latest = Math.max(0, ...siblings.map((row) => row.followUpNumber));
  const content = {
    ...startFollowUp(original, { ...source, now: actor.at }),
    followUpNumber: latest + 1,
  };
  return createReportRecord(db, content, actor);
}

/**
 * Links two reports of one contact (an AE and the product complaint about the same pen): each
 * names the other, in one write. Throws SafetyRuleError when either was already forwarded.
 */
export async function linkSafetyReports(
  db: MedinfoDatabase,
  firstId: Id,
  secondId: Id,
  actor: Actor,
): Promise<void> {
  if (firstId === secondId) throw new RangeError('A report cannot be linked to itself');
  const link = (report: SafetyReport, otherId: Id): SafetyReport => ({
    ...report,
    linkedReportIds: report.linkedReportIds.includes(otherId)
      ? report.linkedReportIds
      : [...report.linkedReportIds, otherId],
  });
  await commitSynced(db, {
    table: 'safetyReports',
    actor,
    operation: 'put',
    ids: [firstId, secondId],
    build: ([first, second]) => {
      if (!first || first.deleted) throw new RecordNotFoundError('safetyReports', firstId);
      if (!second || second.deleted) throw new RecordNotFoundError('safetyReports', secondId);
      assertEditable(first);
      assertEditable(second);
      return [link(first, secondId), link(second, firstId)];
    },
  });
}

type ActionInput =
  | { kind: 'acknowledged'; reportId: Id; occurredAt: Timestamp; pvCaseId: string }
  | { kind: 'reconciled'; reportId: Id; occurredAt: Timestamp }
  | Omit<FollowUpAttempt, keyof ReturnType<typeof newRecordFields>>;

/**
 * Appends an action to a report: PV's acknowledgement (case id), reconciliation, or a follow-up
 * attempt. Actions are never edited. Throws SafetyRuleError when acknowledging or reconciling a
 * report that was not forwarded, RecordNotFoundError for an unknown report, ZodError when invalid.
 */
export async function recordSafetyAction(
  db: MedinfoDatabase,
  input: ActionInput,
  actor: Actor,
): Promise<SafetyAction> {
  const report = await requireSafetyReport(db, input.reportId);
  // Forwarding is never undone, so the check still holds when the action is written.
  if (input.kind !== 'follow-up-attempt' && report.status !== 'forwarded') {
    throw new SafetyRuleError(
      'report-not-forwarded',
      `${report.reference} must be forwarded before PV can acknowledge or reconcile it`,
    );
  }
  const record = safetyActionSchema.parse({
    ...newRecordFields(actor, createId({ msecs: Date.parse(actor.at) })),
    ...input,
  });
  const receipt = await writeSynced(db, {
    table: 'safetyActions',
    record,
    actor,
    operation: 'put',
  });
  return receipt.record;
}

/** The actions of one report (or of every report), oldest first. */
export async function listSafetyActions(
  db: MedinfoDatabase,
  reportId?: Id,
): Promise<SafetyAction[]> {
  const rows =
    reportId === undefined
      ? await db.safetyActions.toArray()
      : await db.safetyActions.where('reportId').equals(reportId).toArray();
  const actions = await recordsFromRows(
    db,
    'safetyActions',
    rows.filter((row) => !row.deleted),
  );
  return actions.sort(
    (first, second) =>
      Date.parse(first.occurredAt) - Date.parse(second.occurredAt) ||
      first.id.localeCompare(second.id),
  );
}
