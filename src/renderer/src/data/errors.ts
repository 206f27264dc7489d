/** Errors the store throws on purpose; validation failures surface as zod's ZodError. */

/** The store was used before `openStore()` / `openDatabase()` finished, or after closing. */
export class StoreNotOpenError extends Error {
  override name = 'StoreNotOpenError';
  constructor(detail = 'The local store is not open: call openStore() first') {
    super(detail);
  }
}

/** An update or delete named a record that does not exist (or is a tombstone). */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(
    readonly table: string,
    readonly recordId: string,
  ) {
    super(`No ${table} record ${recordId}`);
  }
}

/**
 * A write tried to change what must never change once issued: the reference printed on a
 * receipt, or who created the record and when (21 CFR 11.10(e)).
 */
export class ImmutableFieldError extends Error {
  override name = 'ImmutableFieldError';
  constructor(
    readonly table: string,
    readonly recordId: string,
    readonly field: string,
  ) {
    super(`The ${field} of ${table} record ${recordId} cannot change`);
  }
}
