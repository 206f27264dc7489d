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

/** Personal data was needed while the store is locked: nobody is signed in on this device. */
export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
  constructor(detail = 'The app is locked: sign in to read or change personal data') {
    super(detail);
  }
}

/** Why a record's personal part cannot be read on this device. */
export type PersonalDataProblem = 'purged' | 'missing-key' | 'damaged';

/**
 * A record's personal part cannot be read: purged on this device, its key missing, or its
 * ciphertext damaged (truncated, altered or moved from another record). The rest of the record
 * and every other record stay readable; the record refuses writes until this is resolved, so
 * nothing is overwritten with a placeholder.
 */
export class PersonalDataUnavailableError extends Error {
  override name = 'PersonalDataUnavailableError';
  constructor(
    readonly table: string,
    readonly recordId: string,
    readonly problem: PersonalDataProblem,
  ) {
    super(
      problem === 'purged'
        ? `The personal data of ${table} record ${recordId} was purged from this device`
        : problem === 'missing-key'
          ? `The key of ${table} record ${recordId} is missing: its personal data cannot be read`
          : `The personal data of ${table} record ${recordId} is damaged and cannot be read`,
    );
  }
}

/**
 * A write would change content that a signature in force covers (21 CFR Part 11: signed fields
 * are locked). Sign the new content — over at least the same fields — in the same write.
 */
export class SignedContentLockedError extends Error {
  override name = 'SignedContentLockedError';
  constructor(
    readonly table: string,
    readonly recordId: string,
    readonly fields: readonly string[],
  ) {
    super(
      `The signed content of ${table} record ${recordId} (${fields.join(', ')}) cannot change without a new signature`,
    );
  }
}

/**
 * `writeSynced` was called inside a Dexie transaction. It encrypts and seals before it opens
 * its own transaction, and awaiting WebCrypto inside IndexedDB's transaction would let it
 * commit half-way (docs/decisions/0011): call it outside, it is atomic by itself.
 */
export class NestedWriteError extends Error {
  override name = 'NestedWriteError';
  constructor() {
    super('writeSynced must not run inside a transaction: it opens its own (decision 0011)');
  }
}

/** Another write kept changing the same records while this one was being prepared. */
export class ConcurrentWriteError extends Error {
  override name = 'ConcurrentWriteError';
  constructor(readonly table: string) {
    super(`Could not save to ${table}: other changes kept arriving. Try again.`);
  }
}
