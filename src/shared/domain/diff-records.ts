import type { AuditChange } from '../schemas/audit-event';
import { jsonEquals, toJsonValue } from './canonical-json';

/** The property that holds a record's personal data (ARCHITECTURE.md, Data). */
export const personalField = 'personal';

/**
 * Fields the audit event already states (`at`, `actorUserId`), left out so that every update
 * does not repeat them.
 */
export const defaultIgnoredFields: readonly string[] = ['updatedAt', 'updatedBy'];

export type RecordDiff = {
  /** Changes to non-personal fields. */
  changes: AuditChange[];
  /** Changes inside `personal`, kept apart so they can be encrypted with the record's key. */
  personalChanges: AuditChange[];
};

type JsonObject = Readonly<Record<string, unknown>>;

function isNestedObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function change(field: string, before: unknown, after: unknown): AuditChange {
  return {
    field,
    ...(before === undefined ? {} : { before: toJsonValue(before) }),
    ...(after === undefined ? {} : { after: toJsonValue(after) }),
  };
}

function collect(
  before: JsonObject,
  after: JsonObject,
  prefix: string,
  changes: AuditChange[],
): void {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const key of keys) {
    const field = prefix === '' ? key : `${prefix}.${key}`;
    const beforeValue = before[key];
    const afterValue = after[key];
    if (beforeValue === undefined && afterValue === undefined) continue;
    if (isNestedObject(beforeValue) && isNestedObject(afterValue)) {
      collect(beforeValue, afterValue, field, changes);
    } else if (
      beforeValue === undefined ||
      afterValue === undefined ||
      !jsonEquals(beforeValue, afterValue)
    ) {
      // Arrays are compared and recorded whole: an element's position is not a stable field.
      changes.push(change(field, beforeValue, afterValue));
    }
  }
}

/**
 * The changes between two versions of a record, as dotted field paths with before and after
 * values (Part 11: the trail never obscures earlier values). `before` null means the record is
 * new. Everything under `personal` goes to `personalChanges`. Throws a TypeError when a value
 * is not JSON (see canonicalJson).
 */
export function diffRecords(
  before: JsonObject | null,
  after: JsonObject,
  ignoredFields: readonly string[] = defaultIgnoredFields,
): RecordDiff {
  const ignored = new Set(ignoredFields);
  const keep = (record: JsonObject): JsonObject =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !ignored.has(key)));
  const all: AuditChange[] = [];
  collect(keep(before ?? {}), keep(after), '', all);
  const isPersonal = (entry: AuditChange): boolean =>
    entry.field === personalField || entry.field.startsWith(`${personalField}.`);
  return {
    changes: all.filter((entry) => !isPersonal(entry)),
    personalChanges: all.filter(isPersonal),
  };
}
