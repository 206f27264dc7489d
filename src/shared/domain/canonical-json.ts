import type { JsonValue } from '../schemas/common';

/**
 * Canonical JSON: object keys sorted by UTF-16 code units (as RFC 8785), no whitespace,
 * properties whose value is `undefined` left out (as JSON.stringify does). Two equal values give
 * the same text, so a hash over it is stable across devices and the server.
 * Throws a TypeError on anything JSON cannot carry faithfully (NaN, Infinity, bigint, functions,
 * Dates, Maps, class instances, undefined inside arrays): silently changing a value would make
 * an audit hash prove something other than what was stored.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value);
    default:
      throw new TypeError(`A ${typeof value} is not a JSON value`);
  }
}

function canonicalArray(items: readonly unknown[]): string {
  const parts = items.map((item) => {
    if (item === undefined) throw new TypeError('undefined is not a JSON value inside an array');
    return canonicalJson(item);
  });
  return `[${parts.join(',')}]`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function canonicalObject(value: object): string {
  if (!isPlainObject(value)) {
    throw new TypeError(`A ${value.constructor.name} is not a plain JSON object`);
  }
  // Written out key by key: building a sorted object would not keep the order, because
  // JavaScript lists integer-like keys ("2", "10") first, in numeric order.
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const entry = value[key];
    if (entry === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(entry)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * A deep copy of a value as plain JSON, validated like `canonicalJson` (same TypeErrors). Audit
 * values and outbox payloads are copies, so later changes to the caller's objects cannot alter
 * them.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} is not a JSON number`);
      return value;
    case 'object':
      return Array.isArray(value) ? copyArray(value) : copyObject(value);
    default:
      throw new TypeError(`A ${typeof value} is not a JSON value`);
  }
}

function copyArray(items: readonly unknown[]): JsonValue[] {
  return items.map((item) => {
    if (item === undefined) throw new TypeError('undefined is not a JSON value inside an array');
    return toJsonValue(item);
  });
}

function copyObject(value: object): Record<string, JsonValue> {
  if (!isPlainObject(value)) {
    throw new TypeError(`A ${value.constructor.name} is not a plain JSON object`);
  }
  const copy: Record<string, JsonValue> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined) copy[key] = toJsonValue(entry);
  }
  return copy;
}

/** Whether two JSON values are equal (key order does not matter). */
export function jsonEquals(left: unknown, right: unknown): boolean {
  return canonicalJson(left) === canonicalJson(right);
}
