import type { JsonValue, SyncedRecord } from './record';
import { flattenRecord, isSameJsonValue, unflattenRecord } from './record';

/**
 * Field-by-field merge of a client's change onto the server's version of a record. Pure: the
 * server runs it inside its push transaction, the tests run it with fast-check.
 *
 * The server remembers, per field path, the revision that last changed it and the client that
 * made that change (`FieldVersions`). A field is in conflict when the client changed it, another
 * client changed it after the client's base revision, and the two values differ. Then the server
 * keeps its value and the client's value is kept beside it for a person to resolve — nothing is
 * dropped silently (ARCHITECTURE.md, Sync).
 */

/** Who last changed a field, and at which server revision. */
export type FieldVersion = { revision: number; clientId: string };

/** Field path → last change. The key `$deleted` tracks the last delete or undelete. */
export type FieldVersions = Readonly<Record<string, FieldVersion>>;

/** The field-versions key that tracks deletion (no field path can start with `$`). */
export const DELETED_FIELD_VERSION_KEY = '$deleted';

/** A field both sides changed: the server kept `serverValue`; `clientValue` waits for a person. */
export type FieldConflict = {
  field: string;
  serverValue: JsonValue | undefined;
  clientValue: JsonValue | undefined;
};

/** The input of a merge. `baseRevision: null` means the client never saw a server version. */
export type MergeInput = {
  server: SyncedRecord;
  serverFieldVersions: FieldVersions;
  client: SyncedRecord;
  /** Field paths the client changed since its base; null: every field of its payload. */
  changedFields: readonly string[] | null;
  baseRevision: number | null;
  currentRevision: number;
  clientId: string;
};

/** The merged record, the field paths whose value changed, and the conflicts. */
export type MergeResult = {
  record: SyncedRecord;
  changedFields: string[];
  conflicts: FieldConflict[];
};

/**
 * Whether a field was changed by someone else after the client's base revision.
 * @throws never
 */
export function isChangedByOthers(
  version: FieldVersion | undefined,
  baseRevision: number | null,
  clientId: string,
): boolean {
  if (version === undefined || version.clientId === clientId) return false;
  return baseRevision === null || version.revision > baseRevision;
}

/**
 * Merges a client's put onto the server's record.
 *
 * A client whose base is the current revision saw everything: its record replaces the server's.
 * A stale client only contributes the fields it changed; each of them either applies or, when
 * another client changed it since the base to a different value, becomes a conflict.
 * @throws never
 */
export function mergeRecord(input: MergeInput): MergeResult {
  const serverFields = flattenRecord(input.server);
  const clientFields = flattenRecord(input.client);
  const isCurrent = input.baseRevision !== null && input.baseRevision >= input.currentRevision;
  const candidates = isCurrent
    ? new Set([...serverFields.keys(), ...clientFields.keys()])
    : new Set(input.changedFields ?? [...clientFields.keys()]);

  const merged = new Map(serverFields);
  const changedFields: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const field of candidates) {
    const serverValue = serverFields.get(field);
    const clientValue = clientFields.get(field);
    if (isSameJsonValue(serverValue, clientValue)) continue;
    const version = input.serverFieldVersions[field];
    if (!isCurrent && isChangedByOthers(version, input.baseRevision, input.clientId)) {
      conflicts.push({ field, serverValue, clientValue });
      continue;
    }
    if (clientValue === undefined) merged.delete(field);
    else merged.set(field, clientValue);
    changedFields.push(field);
  }
  return { record: unflattenRecord(input.server.id, merged), changedFields, conflicts };
}

/**
 * Whether any field (or the deletion state) was changed by another client after the base: a
 * delete or an undelete on top of such a change would drop someone's work.
 * @throws never
 */
export function hasChangesByOthers(
  fieldVersions: FieldVersions,
  baseRevision: number | null,
  clientId: string,
): boolean {
  return Object.values(fieldVersions).some((version) =>
    isChangedByOthers(version, baseRevision, clientId),
  );
}

/**
 * The field versions after a write: every changed path now belongs to `clientId` at `revision`.
 * @throws never
 */
export function nextFieldVersions(
  previous: FieldVersions,
  changedFields: readonly string[],
  revision: number,
  clientId: string,
): FieldVersions {
  const next: Record<string, FieldVersion> = { ...previous };
  for (const field of changedFields) next[field] = { revision, clientId };
  return next;
}
