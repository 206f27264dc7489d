import type { Database, Queryable } from '../database/database';
import { createId } from '../../shared/domain/ids';
import { systemUserId } from '../../shared/schemas/user';
import type { AccessSubject, AcknowledgementRecord, ServerRecord } from '../../shared/sync';
import { ACKNOWLEDGEMENTS_TABLE, flattenRecord, nextFieldVersions } from '../../shared/sync';
import { HttpError } from '../http-error';
import { ADVISORY_LOCKS, lockForTransaction } from '../repositories/locks';
import { transactionTime } from '../repositories/mutations-repository';
import { findRecordForUpdate, nextRevision, writeRecord } from '../repositories/records-repository';
import type { StoredRecord } from '../repositories/records-repository';
import { toServerRecord } from './server-record';

/** Who acknowledges: a PV user on one device, with the name shown on the owner's device. */
export type Acknowledger = AccessSubject & { deviceId: string; displayName: string };

/**
 * Records PV's acknowledgement of a safety report as a `safetyActions` record of kind
 * `acknowledged`, owned by the report's owner (whose device pulls it). Acknowledging again with the
 * same case id answers the stored acknowledgement; another case id is refused (409): a case id
 * in the safety database does not change, a mistake is corrected there and here by an admin.
 * @returns the acknowledgement as the acknowledger may read it, and whether it is new
 * @throws HttpError 404 when the report is unknown or deleted, 409 when acknowledged with another
 *   case id; the driver's error otherwise
 */
export async function acknowledgeSafetyReport(
  database: Database,
  acknowledger: Acknowledger,
  request: { reportId: string; pvCaseId: string },
): Promise<{ record: ServerRecord; isNew: boolean }> {
  return database.transaction(async (transaction) => {
    // Same lock as pushes: revisions must commit in order (decision 0006).
    await lockForTransaction(transaction, ADVISORY_LOCKS.recordWrites);
    const report = await findRecordForUpdate(transaction, 'safetyReports', request.reportId);
    if (report === null || report.deleted) {
      throw new HttpError(404, {
        error: 'not-found',
        message: 'No safety report with this id has reached the server.',
      });
    }
    const existing = await findAcknowledgement(transaction, request.reportId);
    if (existing !== null) {
      if (existing.data.pvCaseId === request.pvCaseId) {
        return { record: toServerRecord(existing, acknowledger), isNew: false };
      }
      throw new HttpError(409, {
        error: 'already-acknowledged',
        message: `This report was already acknowledged with case id ${JSON.stringify(existing.data.pvCaseId)}.`,
      });
    }
    const at = await transactionTime(transaction);
    // The report's safety action of kind 'acknowledged' (src/shared/schemas/safety-action.ts),
    // as a device would write it: the device stores it like any other pulled action.
    const data: AcknowledgementRecord = {
      id: createId({ msecs: Date.parse(at) }),
      createdAt: at,
      updatedAt: at,
      // Device records name people by their local (UUID v7) ids, which the server does not
      // know: the system records the receipt; the server's log and audit name the PV user.
      createdBy: systemUserId,
      updatedBy: systemUserId,
      reportId: request.reportId,
      occurredAt: at,
      kind: 'acknowledged',
      pvCaseId: request.pvCaseId,
    };
    const revision = await nextRevision(transaction);
    const written = await writeRecord(
      transaction,
      {
        table: ACKNOWLEDGEMENTS_TABLE,
        id: data.id,
        ownerUserId: report.ownerUserId,
        deleted: false,
        data,
        fieldVersions: nextFieldVersions(
          {},
          [...flattenRecord(data).keys()],
          revision,
          acknowledger.deviceId,
        ),
        hasConflict: false,
      },
      revision,
    );
    return { record: toServerRecord(written, acknowledger), isNew: true };
  });
}

/** The live acknowledgement of a report, written by this endpoint or pushed by a device. */
async function findAcknowledgement(
  transaction: Queryable,
  reportId: string,
): Promise<StoredRecord | null> {
  const found = await transaction.query<{ id: string }>(
    `SELECT id FROM records
      WHERE table_name = $1 AND deleted = false
        AND data->>'reportId' = $2 AND data->>'kind' = 'acknowledged'
      ORDER BY server_revision LIMIT 1`,
    [ACKNOWLEDGEMENTS_TABLE, reportId],
  );
  const id = found.rows[0]?.id;
  return id === undefined ? null : findRecordForUpdate(transaction, ACKNOWLEDGEMENTS_TABLE, id);
}
