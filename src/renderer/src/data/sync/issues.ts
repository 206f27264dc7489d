import type { JsonValue, SyncIssue } from '../../../../shared/schemas';
import { PERSONAL_FIELD } from '../../../../shared/sync';
import type { MedinfoDatabase } from '../db';
import { tableScopes } from '../db';
import { RecordNotFoundError } from '../errors';
import { syncedTables } from '../synced-tables';
import { writeSynced } from '../write-synced';
import type { Actor } from '../write-synced';
import type { SyncedTable } from '../../../../shared/schemas';

/**
 * The "needs attention" list: changes the server refused, conflicts waiting for a person, and
 * server records this version cannot read. None of them blocks the queue; each stays until a
 * person deals with it.
 */

/** Every entry, oldest first. */
export async function listSyncIssues(db: MedinfoDatabase): Promise<SyncIssue[]> {
  const issues = await db.syncIssues.toArray();
  return issues.sort((left, right) => left.createdAt.localeCompare(right.createdAt));
}

/** One entry, or undefined once it was dealt with. */
export async function getSyncIssue(
  db: MedinfoDatabase,
  id: string,
): Promise<SyncIssue | undefined> {
  return db.syncIssues.get(id);
}

/** How a person settles one conflicting field. */
export type ConflictChoice =
  { pick: 'server' } | { pick: 'mine' } | { pick: 'value'; value: JsonValue | undefined };

/**
 * Settles a conflict: applies the chosen value of each field to the record and queues a put
 * with `resolvesConflicts`, so the server clears its flag (docs/sync-protocol.md, Conflicts).
 * A whole-record conflict (`*`, a delete against an edit) is settled by keeping or deleting the
 * record. Everything happens in one transaction with removing the entry.
 * Throws RangeError for an unknown entry or a missing choice, a ZodError when an edited value
 * makes the record invalid (nothing is written), RecordNotFoundError when the record is gone.
 */
export async function resolveConflict(
  db: MedinfoDatabase,
  issueId: string,
  choices: Readonly<Record<string, ConflictChoice>>,
  actor: Actor,
): Promise<void> {
  const issue = await db.syncIssues.get(issueId);
  if (issue?.kind !== 'conflict') throw new RangeError(`No conflict ${issueId} to resolve`);
  if (!isSyncedTable(issue.table)) throw new RangeError(`${issue.table} is not a synced table`);
  const table = issue.table;
  const rows = db.table<Record<string, unknown>, string>(table);
  await db.transaction('rw', [rows, db.outbox, db.audit, db.meta, db.syncIssues], async () => {
    const row = await rows.get(issue.recordId);
    if (row === undefined) throw new RecordNotFoundError(table, issue.recordId);
    // The generic view of any synced record; writeSynced parses it with the table's schema.
    let record: Record<string, unknown> = syncedTables[table].fromRow(row as never);
    let operation: 'put' | 'delete' = record.deleted === true ? 'delete' : 'put';
    for (const conflict of issue.conflicts) {
      const choice = choices[conflict.field];
      if (choice === undefined) throw new RangeError(`Choose a value for ${conflict.field}`);
      const value = chosenValue(choice, conflict.serverValue, conflict.clientValue);
      if (conflict.field === '*') {
        operation = value === undefined ? 'delete' : 'put';
        if (typeof value === 'object' && value !== null) record = { ...record, ...value };
      } else record = withFieldPath(record, conflict.field, value);
    }
    await writeSynced(db, {
      table,
      record: record as never, // as: writeSynced parses it with the table's schema
      actor,
      operation,
      resolvesConflicts: issue.conflicts.map((conflict) => conflict.conflictId),
    });
    await db.syncIssues.delete(issue.id);
  });
}

/**
 * Removes an entry. For a refused change to a record the server never had, the record is
 * deleted here too (a tombstone through the write path), so the device does not keep a record
 * that can never sync.
 * @throws Dexie's errors
 */
export async function dismissSyncIssue(
  db: MedinfoDatabase,
  issueId: string,
  actor: Actor,
): Promise<void> {
  const issue = await db.syncIssues.get(issueId);
  if (issue === undefined) return;
  const tables = isSyncedTable(issue.table) ? [db.table(issue.table)] : [];
  await db.transaction(
    'rw',
    [...tables, db.outbox, db.audit, db.meta, db.syncIssues, db.recordSync],
    async () => {
      await db.syncIssues.delete(issue.id);
      if (issue.kind !== 'rejected' || !isSyncedTable(issue.table)) return;
      const table = issue.table;
      const row = await db.table<Record<string, unknown>, string>(table).get(issue.recordId);
      const isKnownToServer = (await db.recordSync.get([table, issue.recordId])) !== undefined;
      if (
        row === undefined ||
        row.deleted === true ||
        row.serverRevision !== null ||
        isKnownToServer
      )
        return;
      await writeSynced(db, {
        table,
        record: syncedTables[table].fromRow(row as never), // as: its own table's row
        actor,
        operation: 'delete',
      });
    },
  );
}

function chosenValue(
  choice: ConflictChoice,
  serverValue: JsonValue | undefined,
  clientValue: JsonValue | undefined,
): JsonValue | undefined {
  if (choice.pick === 'server') return serverValue;
  if (choice.pick === 'mine') return clientValue;
  return choice.value;
}

/** The record with one protocol field path (`status`, `personal.notes`) set or removed. */
function withFieldPath(
  record: Record<string, unknown>,
  path: string,
  value: JsonValue | undefined,
): Record<string, unknown> {
  if (!path.startsWith(`${PERSONAL_FIELD}.`)) {
    const { [path]: _previous, ...rest } = record;
    return value === undefined ? rest : { ...rest, [path]: value };
  }
  const part = path.slice(PERSONAL_FIELD.length + 1);
  const personal = { ...(record[PERSONAL_FIELD] as Record<string, unknown> | undefined) }; // as: personal is an object of parts
  if (value === undefined) delete personal[part];
  else personal[part] = value;
  return { ...record, [PERSONAL_FIELD]: personal };
}

function isSyncedTable(name: string): name is SyncedTable {
  return (tableScopes as Record<string, string>)[name] === 'synced';
}
