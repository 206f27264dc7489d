import type { AuditedTable, SyncedTable } from '../../../shared/schemas';
import { createId, diffRecords } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { appendAuditEvents, requireDeviceIdentity } from './audit-log';
import type { Actor } from './write-synced';

export type LocalChange = {
  table: Exclude<AuditedTable, SyncedTable>;
  recordId: string;
  before: Readonly<Record<string, unknown>> | null;
  after: Readonly<Record<string, unknown>>;
  actor: Actor;
};

/**
 * Audits a change to an audited local table (users, settings): no outbox row, because these
 * rows never leave the device, but the same hash chain, because they decide who may act and
 * how due dates are computed. Must run inside the caller's rw transaction over the table,
 * `audit` and `meta`. Returns false (and records nothing) when nothing changed.
 */
export async function auditLocalChange(db: MedinfoDatabase, change: LocalChange): Promise<boolean> {
  const diff = diffRecords(change.before, change.after);
  const isUnchanged =
    change.before !== null && diff.changes.length === 0 && diff.personalChanges.length === 0;
  if (isUnchanged) return false;
  // Accounts and settings hold no personal part; one would need encrypting before the transaction.
  if (diff.personalChanges.length > 0) throw new Error(`${change.table} has no personal part`);
  const device = await requireDeviceIdentity(db);
  await appendAuditEvents(db, device, change.actor, [
    {
      id: createId(),
      action: change.before === null ? 'create' : 'update',
      table: change.table,
      recordId: change.recordId,
      changes: diff.changes,
      personal: null,
    },
  ]);
  return true;
}
