import { jsonEquals } from '../domain/canonical-json';
import { PERSONAL_FIELD } from './record';

/**
 * The client's side of the field-by-field merge: which field paths a local write changed (sent as
 * `changedFields`), and how a server version is laid under local changes that are not pushed yet.
 * Pure: the sync engine runs them inside Dexie transactions, the tests run them with fast-check.
 * Field paths are those of the protocol: a top-level field, or `personal.<part>`.
 */

/** A record as plain data. */
export type PlainRecord = Readonly<Record<string, unknown>>;

/**
 * Fields a push never needs to name: the server owns `serverRevision` and `deleted`; `updatedAt`
 * and `updatedBy` change with every write, so naming them would make every two concurrent edits
 * conflict. They travel with a current base, when the payload replaces the record whole.
 */
export const UNMERGED_FIELDS: readonly string[] = [
  'id',
  'serverRevision',
  'deleted',
  'updatedAt',
  'updatedBy',
];

/** Field path → value, as the merge sees a record (undefined values are absent). */
export function fieldPathValues(record: PlainRecord): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (name === PERSONAL_FIELD && isPlainObject(value)) {
      for (const [part, partValue] of Object.entries(value)) {
        if (partValue !== undefined) values.set(`${PERSONAL_FIELD}.${part}`, partValue);
      }
    } else values.set(name, value);
  }
  return values;
}

/**
 * The field paths a write changed, sorted: every path of a new record (`before` null), else the
 * paths whose values differ. Bookkeeping fields (UNMERGED_FIELDS) are never named, except that a
 * new record names its creation fields.
 * @throws never (values are compared as JSON)
 */
export function changedFieldPaths(before: PlainRecord | null, after: PlainRecord): string[] {
  const afterValues = fieldPathValues(after);
  const skipped = new Set(UNMERGED_FIELDS);
  if (before === null) return [...afterValues.keys()].filter((path) => !skipped.has(path)).sort();
  const beforeValues = fieldPathValues(before);
  const paths = new Set([...beforeValues.keys(), ...afterValues.keys()]);
  return [...paths]
    .filter((path) => !skipped.has(path))
    .filter(
      (path) =>
        !jsonEquals(beforeValues.get(path) ?? null, afterValues.get(path) ?? null) ||
        beforeValues.has(path) !== afterValues.has(path),
    )
    .sort();
}

/** The local changes not yet confirmed by the server: their field paths, or all of them. */
export type PendingFields = { isWholeRecord: true } | { isWholeRecord: false; paths: Set<string> };

/**
 * What the still-pending mutations of one record change. A mutation without `changedFields`
 * (written before store version 6) counts as changing everything.
 * @throws never
 */
export function pendingFieldsOf(
  pending: readonly {
    operation: 'put' | 'delete';
    changedFields?: readonly string[] | undefined;
  }[],
): PendingFields {
  const paths = new Set<string>();
  for (const mutation of pending) {
    if (mutation.operation === 'delete') continue;
    if (mutation.changedFields === undefined) return { isWholeRecord: true };
    for (const path of mutation.changedFields) paths.add(path);
  }
  return { isWholeRecord: false, paths };
}

/**
 * The server's version with the device's unpushed changes on top: every pending path takes the
 * local value (or is removed when the local record lacks it); every other field is the server's.
 * Pushing the pending mutations later makes the server agree (or raise a conflict), so nothing
 * typed on the device is overwritten by a pull.
 * @throws never
 */
export function rebaseOnServer(
  server: PlainRecord,
  local: PlainRecord,
  pendingPaths: ReadonlySet<string>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...server };
  const localValues = fieldPathValues(local);
  const personal: Record<string, unknown> = isPlainObject(server[PERSONAL_FIELD])
    ? { ...server[PERSONAL_FIELD] }
    : {};
  let touchesPersonal = false;
  for (const path of pendingPaths) {
    const value = localValues.get(path);
    if (path.startsWith(`${PERSONAL_FIELD}.`)) {
      touchesPersonal = true;
      const part = path.slice(PERSONAL_FIELD.length + 1);
      if (value === undefined) delete personal[part];
      else personal[part] = value;
    } else if (value === undefined) delete result[path];
    else result[path] = value;
  }
  if (touchesPersonal) result[PERSONAL_FIELD] = personal;
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
