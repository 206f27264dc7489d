import { z } from 'zod';
import type { SyncedTableName } from './access';

/**
 * The generic shape of a synced record on the wire: `{ id, ...fields, personal? }`. Field names
 * are plain identifiers (never `__proto__`, never dotted), so a record can be merged field by
 * field without prototype tricks. `personal` holds the personal-data parts (requester, patient,
 * free text …) as opaque values: objects or ciphertext strings the server stores as they come.
 */

/** A top-level field or personal-part name. */
export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/u;

/** At most this many top-level fields (and personal parts) per record. */
export const MAX_RECORD_FIELDS = 200;

/** A record serialised to JSON may not exceed this many UTF-16 code units (≈ 256 KiB). */
export const MAX_RECORD_JSON_LENGTH = 256 * 1024;

/** Deepest nesting of objects and arrays in a record (the record itself is depth 1). */
export const MAX_RECORD_DEPTH = 32;

/** The name of the personal-data part of every record. */
export const PERSONAL_FIELD = 'personal';

/**
 * The synced tables whose records carry personal data (a `personal` part): inquiries,
 * e-signatures, safety reports and their actions. Devices encrypt those parts at rest
 * (decision 0011) and seal every outbox payload for the server (decision 0014); the server
 * refuses a payload of these tables that is not sealed (decision 0078), so personal data never
 * crosses the wire as plain JSON, whatever the client.
 */
export const PERSONAL_TABLE_NAMES = [
  'inquiries',
  'signatures',
  'safetyReports',
  'safetyActions',
] as const satisfies readonly SyncedTableName[];
/** A synced table whose records carry personal data. */
export type PersonalTableName = (typeof PERSONAL_TABLE_NAMES)[number];

/**
 * Whether records of `table` carry personal data (see PERSONAL_TABLE_NAMES).
 * @throws never
 */
export function isPersonalTableName(table: string): table is PersonalTableName {
  return (PERSONAL_TABLE_NAMES as readonly string[]).includes(table);
}

/**
 * Fields the server owns. The server's values travel beside `data` in a pull; if a client echoes
 * them inside a payload they are ignored, never stored.
 */
export const SERVER_OWNED_FIELDS = [
  'serverRevision',
  'deleted',
  'ownerUserId',
  'serverReceivedAt',
  'hasConflict',
] as const;

const fieldNameSchema = z.string().regex(FIELD_NAME_PATTERN, 'A field name such as dueDate');

/** A JSON value (no undefined, no dates, no functions). */
export const jsonValueSchema = z.json();
/** A JSON value. */
export type JsonValue = z.infer<typeof jsonValueSchema>;

/** The personal parts of a record: part name → opaque JSON (usually a ciphertext envelope). */
export const personalPartsSchema = z
  .record(fieldNameSchema, jsonValueSchema)
  .refine((parts) => Object.keys(parts).length <= MAX_RECORD_FIELDS, 'Too many personal parts');

const recordShapeSchema = z
  .object({ id: z.uuid(), [PERSONAL_FIELD]: personalPartsSchema.optional() })
  .catchall(jsonValueSchema);

/**
 * A synced record: a UUID id, plain JSON fields, and an optional personal part. The raw input is
 * checked before zod builds its output: a `__proto__` key would otherwise become the output's
 * prototype and vanish silently instead of being refused.
 */
export const syncedRecordSchema = z
  .unknown()
  .superRefine((raw, context) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
    const names = Object.keys(raw);
    if (names.length > MAX_RECORD_FIELDS) {
      context.addIssue({ code: 'custom', message: `At most ${MAX_RECORD_FIELDS} fields` });
    }
    for (const name of names) {
      if (!FIELD_NAME_PATTERN.test(name)) {
        context.addIssue({ code: 'custom', path: [name], message: 'Not a valid field name' });
      }
    }
    if (jsonDepth(raw) > MAX_RECORD_DEPTH) {
      context.addIssue({
        code: 'custom',
        message: `Nested deeper than ${MAX_RECORD_DEPTH} levels`,
      });
    }
    const problem = findUnstorableJson(raw);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  })
  .pipe(recordShapeSchema);
/** A synced record as it travels. */
export type SyncedRecord = z.infer<typeof syncedRecordSchema>;

/**
 * A field path of the merge: a top-level field (`status`) or one personal part
 * (`personal.reporterContact`), so two people editing different personal parts do not conflict.
 */
export const fieldPathSchema = z
  .string()
  .max(200)
  .regex(
    /^[A-Za-z][A-Za-z0-9_]{0,63}(?:\.[A-Za-z][A-Za-z0-9_]{0,63})?$/u,
    'A field path such as status or personal.requester',
  )
  .refine(
    (path) => !path.includes('.') || path.startsWith(`${PERSONAL_FIELD}.`),
    'Only personal parts are addressed with a dot',
  );

/**
 * Removes the server-owned fields a client may have echoed.
 * @throws never
 */
export function withoutServerOwnedFields(record: SyncedRecord): SyncedRecord {
  const owned: readonly string[] = SERVER_OWNED_FIELDS;
  return Object.fromEntries(
    Object.entries(record).filter(([name]) => !owned.includes(name)),
  ) as SyncedRecord; // Filtering keeps `id`, so the shape still holds.
}

/**
 * Flattens a record into field path → value: top-level fields by name (without `id`), personal
 * parts as `personal.<part>`.
 * @throws never
 */
export function flattenRecord(record: SyncedRecord): Map<string, JsonValue> {
  const fields = new Map<string, JsonValue>();
  for (const [name, value] of Object.entries(record)) {
    if (name === 'id' || value === undefined) continue;
    if (name === PERSONAL_FIELD && isPlainObject(value)) {
      for (const [part, partValue] of Object.entries(value)) {
        if (partValue !== undefined) fields.set(`${PERSONAL_FIELD}.${part}`, partValue);
      }
      continue;
    }
    fields.set(name, value);
  }
  return fields;
}

/**
 * Rebuilds a record from its id and flattened fields (the inverse of flattenRecord).
 * @throws never
 */
export function unflattenRecord(id: string, fields: ReadonlyMap<string, JsonValue>): SyncedRecord {
  const topLevel: [string, JsonValue][] = [];
  const personal: [string, JsonValue][] = [];
  for (const [path, value] of fields) {
    if (path.startsWith(`${PERSONAL_FIELD}.`))
      personal.push([path.slice(PERSONAL_FIELD.length + 1), value]);
    else topLevel.push([path, value]);
  }
  const record: Record<string, JsonValue> = Object.fromEntries(topLevel);
  if (personal.length > 0) record[PERSONAL_FIELD] = Object.fromEntries(personal);
  return { ...record, id };
}

/**
 * Removes the named personal parts (e.g. a reporter's contact for PV) from a record.
 * @throws never
 */
export function withoutPersonalParts(record: SyncedRecord, parts: readonly string[]): SyncedRecord {
  const personal = record[PERSONAL_FIELD];
  if (parts.length === 0 || personal === undefined) return record;
  const kept = Object.fromEntries(
    Object.entries(personal).filter(([part]) => !parts.includes(part)),
  );
  return { ...record, [PERSONAL_FIELD]: kept };
}

/**
 * Deep equality of JSON values; object key order does not matter.
 * @throws never
 */
export function isSameJsonValue(
  left: JsonValue | undefined,
  right: JsonValue | undefined,
): boolean {
  if (left === right) return true;
  if (left === undefined || right === undefined || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => isSameJsonValue(item, right[index]));
  }
  if (typeof left !== 'object' || typeof right !== 'object') return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every(
    (key) => Object.hasOwn(right, key) && isSameJsonValue(left[key], right[key]),
  );
}

/**
 * The nesting depth of a JSON value (a scalar is 0, `{}` is 1). Iterative, so hostile input
 * nested thousands of levels deep cannot overflow the stack.
 * @throws never
 */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() ?? [null, 0];
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

// A surrogate half without its partner (checked per UTF-16 code unit, hence no `u` flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isUnstorable = (text: string): boolean =>
  text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * Why a JSON value cannot be stored as sent, or null: text PostgreSQL's jsonb refuses (U+0000, a
 * lone surrogate) in any string or key, or a `__proto__` key (which JavaScript objects do not
 * keep as data). Iterative like jsonDepth.
 * @throws never
 */
export function findUnstorableJson(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (isUnstorable(current))
        return 'Contains a NUL character or a lone UTF-16 surrogate, which PostgreSQL cannot store';
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        if (key === '__proto__') return 'Contains a __proto__ key';
        if (isUnstorable(key))
          return 'Contains a key with a NUL character or a lone UTF-16 surrogate';
        stack.push(child);
      }
    }
  }
  return null;
}

function isPlainObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
