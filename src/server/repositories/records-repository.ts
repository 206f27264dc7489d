import type { Queryable } from '../database/database';
import type { FieldVersions, SyncedRecord } from '../../shared/sync';

/**
 * The generic store of synced records (decision 0006). Every write draws a new revision from
 * the global sequence; callers hold ADVISORY_LOCKS.recordWrites while they write (see push).
 */

/** A record as stored, with the server's metadata. */
export type StoredRecord = {
  table: string;
  id: string;
  ownerUserId: string | null;
  serverRevision: number;
  deleted: boolean;
  data: SyncedRecord;
  fieldVersions: FieldVersions;
  hasConflict: boolean;
  createdAt: string;
  updatedAt: string;
};

type Row = {
  table_name: string;
  id: string;
  owner_user_id: string | null;
  server_revision: number;
  deleted: boolean;
  data: SyncedRecord;
  field_versions: FieldVersions;
  has_conflict: boolean;
  created_at: Date;
  updated_at: Date;
};

const COLUMNS = `table_name, id, owner_user_id, server_revision, deleted, data, field_versions,
  has_conflict, created_at, updated_at`;

function toRecord(row: Row): StoredRecord {
  return {
    table: row.table_name,
    id: row.id,
    ownerUserId: row.owner_user_id,
    serverRevision: row.server_revision,
    deleted: row.deleted,
    data: row.data,
    fieldVersions: row.field_versions,
    hasConflict: row.has_conflict,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Reads a record and locks its row until the transaction ends.
 * @throws the driver's error
 */
export async function findRecordForUpdate(
  transaction: Queryable,
  table: string,
  id: string,
): Promise<StoredRecord | null> {
  const result = await transaction.query<Row>(
    `SELECT ${COLUMNS} FROM records WHERE table_name = $1 AND id = $2 FOR UPDATE`,
    [table, id],
  );
  const row = result.rows[0];
  return row === undefined ? null : toRecord(row);
}

/** The values a write sets. */
export type RecordWrite = {
  table: string;
  id: string;
  ownerUserId: string | null;
  deleted: boolean;
  data: SyncedRecord;
  fieldVersions: FieldVersions;
  hasConflict: boolean;
};

/**
 * Draws the next revision. Call it only while holding ADVISORY_LOCKS.recordWrites.
 * @throws the driver's error
 */
export async function nextRevision(transaction: Queryable): Promise<number> {
  const result = await transaction.query<{ revision: number }>(
    "SELECT nextval('record_revision_seq')::bigint AS revision",
  );
  const revision = result.rows[0]?.revision;
  if (revision === undefined) throw new Error('The revision sequence returned nothing.');
  return revision;
}

/**
 * Inserts or replaces a record at `revision`. The owner is set on insert only: a write never
 * changes who owns a record.
 * @throws the driver's error
 */
export async function writeRecord(
  transaction: Queryable,
  write: RecordWrite,
  revision: number,
): Promise<StoredRecord> {
  const result = await transaction.query<Row>(
    `INSERT INTO records (table_name, id, owner_user_id, server_revision, deleted, data, field_versions, has_conflict)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)
     ON CONFLICT (table_name, id) DO UPDATE SET
       server_revision = EXCLUDED.server_revision, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
       field_versions = EXCLUDED.field_versions, has_conflict = EXCLUDED.has_conflict, updated_at = now()
     RETURNING ${COLUMNS}`,
    [
      write.table,
      write.id,
      write.ownerUserId,
      revision,
      write.deleted,
      JSON.stringify(write.data),
      JSON.stringify(write.fieldVersions),
      write.hasConflict,
    ],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error('Writing a record returned no row.');
  return toRecord(row);
}

/**
 * The highest revision committed so far (0 when empty). Because writers hold the record-writes
 * lock while drawing revisions, nothing below this value can still appear later.
 * @throws the driver's error
 */
export async function highestRevision(db: Queryable): Promise<number> {
  const result = await db.query<{ revision: number | null }>(
    'SELECT max(server_revision)::bigint AS revision FROM records',
  );
  return result.rows[0]?.revision ?? 0;
}

/**
 * The last revision the sequence handed out, committed or not: a checkpoint above it was never
 * issued by this database.
 * @throws the driver's error
 */
export async function lastIssuedRevision(db: Queryable): Promise<number> {
  const result = await db.query<{ last_value: number; is_called: boolean }>(
    'SELECT last_value::bigint AS last_value, is_called FROM record_revision_seq',
  );
  const row = result.rows[0];
  return row?.is_called === true ? row.last_value : 0;
}

/** Which rows a reader may see: tables readable in full, and tables readable for own rows. */
export type ReadScope = {
  userId: string;
  allTables: readonly string[];
  ownTables: readonly string[];
};

/**
 * The rows changed after `since` up to `upTo`, in revision order, at most `limit`.
 * @throws the driver's error
 */
export async function listChanges(
  db: Queryable,
  page: { since: number; upTo: number; limit: number; scope: ReadScope },
): Promise<StoredRecord[]> {
  const result = await db.query<Row>(
    `SELECT ${COLUMNS} FROM records
     WHERE server_revision > $1 AND server_revision <= $2
       AND (table_name = ANY($3::text[]) OR (table_name = ANY($4::text[]) AND owner_user_id = $5))
     ORDER BY server_revision LIMIT $6`,
    [
      page.since,
      page.upTo,
      [...page.scope.allTables],
      [...page.scope.ownTables],
      page.scope.userId,
      page.limit,
    ],
  );
  return result.rows.map(toRecord);
}
