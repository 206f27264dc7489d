import type { JsonValue, SyncIssue } from '../../../../shared/schemas';
import { PERSONAL_FIELD } from '../../../../shared/sync';
import type { MedinfoDatabase } from '../db';
import { tableScopes } from '../db';
import { RecordNotFoundError } from '../errors';
import type { SyncedRecordOf } from '../synced-tables';
import { readSnapshot } from '../write-snapshot';
import { commitSynced } from '../write-synced';
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
 * record. The write and removing the entry commit in one transaction.
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
  let operation: 'put' | 'delete' = 'put';
  // The record is built from the stored version (decrypted) each time the write is prepared.
  const build = (current: readonly (SyncedRecordOf[SyncedTable] | null)[]) => {
    const stored = current[0];
    if (!stored) throw new RecordNotFoundError(table, issue.recordId);
    let record: Record<string, unknown> = { ...stored };
    operation = stored.deleted ? 'delete' : 'put';
    for (const conflict of issue.conflicts) {
      const choice = choices[conflict.field];
      if (choice === undefined) throw new RangeError(`Choose a value for ${conflict.field}`);
      const value = chosenValue(choice, conflict.serverValue, conflict.clientValue);
      if (conflict.field === '*') {
        operation = value === undefined ? 'delete' : 'put';
        if (typeof value === 'object' && value !== null) record = { ...record, ...value };
      } else record = withFieldPath(record, conflict.field, value);
    }
    return [record as never]; // as: the write path parses it with the table's schema
  };
  // A delete chosen for the record is known only once built: build once to learn it.
  const [stored] = (await readSnapshot(db, table, [issue.recordId])).current;
  build([stored ?? null]);
  await commitSynced(db, {
    table,
    actor,
    operation,
    ids: [issue.recordId],
    build,
    resolvesConflicts: issue.conflicts.map((conflict) => conflict.conflictId),
    alsoInTransaction: { tables: [db.syncIssues], run: () => db.syncIssues.delete(issue.id) },
  });
}

/**
 * Removes an entry. For a refused change to a record the server never had, the record is
 * deleted here too (a tombstone through the write path, in the same transaction), so the device
 * does not keep a record that can never sync.
 * @throws Dexie's errors; as writeSynced
 */
export async function dismissSyncIssue(
  db: MedinfoDatabase,
  issueId: string,
  actor: Actor,
): Promise<void> {
  const issue = await db.syncIssues.get(issueId);
  if (issue === undefined) return;
  const remove = async (): Promise<void> => {
    await db.syncIssues.delete(issue.id);
  };
  if (issue.kind === 'rejected' && isSyncedTable(issue.table)) {
    const table = issue.table;
    const row = await db.table<Record<string, unknown>, string>(table).get(issue.recordId);
    const isKnownToServer = (await db.recordSync.get([table, issue.recordId])) !== undefined;
    if (
      row !== undefined &&
      row.deleted !== true &&
      row.serverRevision === null &&
      !isKnownToServer
    ) {
      await commitSynced(db, {
        table,
        actor,
        operation: 'delete',
        ids: [issue.recordId],
        build: (current) => {
          const stored = current[0];
          if (!stored) throw new RecordNotFoundError(table, issue.recordId);
          return [stored];
        },
        alsoInTransaction: { tables: [db.syncIssues], run: remove },
      });
      return;
    }
  }
  await db.transaction('rw', db.syncIssues, remove);
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
