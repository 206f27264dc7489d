import type { FieldConflict, FieldVersions, Mutation, SyncedRecord } from '../../shared/sync';
import {
  DELETED_FIELD_VERSION_KEY,
  flattenRecord,
  hasChangesByOthers,
  isChangedByOthers,
  mergeRecord,
} from '../../shared/sync';
import type { StoredRecord } from '../repositories/records-repository';

/**
 * What a put or a delete does to the stored record, decided without the database: the record
 * after it, the field paths it changes, and the conflicts it raises. The rules are in
 * docs/sync-protocol.md ("Conflicts").
 */

/** The field name of a whole-record conflict: a delete against an edit, or the reverse. */
export const WHOLE_RECORD_FIELD = '*';

/** The decided effect of a mutation. */
export type Outcome = {
  record: SyncedRecord;
  deleted: boolean;
  changedFields: string[];
  conflicts: FieldConflict[];
};

/** Every field path of a record: what a create or a whole replacement changes. */
function allFields(record: SyncedRecord): string[] {
  return [...flattenRecord(record).keys()];
}

/**
 * Decides a mutation's outcome against the stored record (null: never seen).
 * @throws never
 */
export function decideOutcome(
  stored: StoredRecord | null,
  incoming: SyncedRecord | null,
  mutation: Mutation,
  clientId: string,
): Outcome {
  const deletedKey = DELETED_FIELD_VERSION_KEY;
  if (stored === null) {
    // First sight of the record: a put creates it; a delete leaves a tombstone so the id stays taken.
    if (incoming === null)
      return {
        record: { id: mutation.recordId },
        deleted: true,
        changedFields: [deletedKey],
        conflicts: [],
      };
    return { record: incoming, deleted: false, changedFields: allFields(incoming), conflicts: [] };
  }
  const isStale = mutation.baseRevision === null || mutation.baseRevision < stored.serverRevision;
  const keep = (conflicts: FieldConflict[]): Outcome => ({
    record: stored.data,
    deleted: stored.deleted,
    changedFields: [],
    conflicts,
  });

  if (incoming === null) {
    if (stored.deleted) return keep([]);
    // Deleting what someone else changed since the client's base would drop their work.
    if (isStale && hasChangesByOthers(stored.fieldVersions, mutation.baseRevision, clientId)) {
      return keep([
        { field: WHOLE_RECORD_FIELD, serverValue: stored.data, clientValue: undefined },
      ]);
    }
    return { record: stored.data, deleted: true, changedFields: [deletedKey], conflicts: [] };
  }
  if (stored.deleted) {
    const deletion = stored.fieldVersions[deletedKey];
    if (isStale && isChangedByOthers(deletion, mutation.baseRevision, clientId)) {
      return keep([{ field: WHOLE_RECORD_FIELD, serverValue: undefined, clientValue: incoming }]);
    }
    const changed = replacedFields(stored.data, incoming, stored.fieldVersions);
    return {
      record: incoming,
      deleted: false,
      changedFields: [...changed, deletedKey],
      conflicts: [],
    };
  }
  const merged = mergeRecord({
    server: stored.data,
    serverFieldVersions: stored.fieldVersions,
    client: incoming,
    changedFields: mutation.changedFields ?? null,
    baseRevision: mutation.baseRevision,
    currentRevision: stored.serverRevision,
    clientId,
  });
  return {
    record: merged.record,
    deleted: false,
    changedFields: merged.changedFields,
    conflicts: merged.conflicts,
  };
}

/** Fields whose value differs between two versions (an undelete replaces the whole record). */
function replacedFields(
  before: SyncedRecord,
  after: SyncedRecord,
  versions: FieldVersions,
): string[] {
  const merged = mergeRecord({
    server: before,
    serverFieldVersions: versions,
    client: after,
    changedFields: null,
    baseRevision: 0,
    currentRevision: 0,
    clientId: '',
  });
  return merged.changedFields;
}
