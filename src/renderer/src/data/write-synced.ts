import Dexie from 'dexie';
import type { Table } from 'dexie';
import type {
  Id,
  OutboxOperation,
  Reference,
  ReferencePrefix,
  SyncedTable,
  Timestamp,
} from '../../../shared/schemas';
import type { Signature } from '../../../shared/signatures';
import type { MedinfoDatabase } from './db';
import { ConcurrentWriteError, ImmutableFieldError, NestedWriteError } from './errors';
import { readMeta } from './meta';
import { claimReferences, peekReferences } from './references';
import { notifyCommitted } from './write-listeners';
import { commitPrepared, StaleSnapshotError } from './write-commit';
import { checkChange, isQueued } from './write-check';
import { prepareChanges } from './write-prepare';
import type { CheckedChange } from './write-check';
import { queueWrite } from './write-queue';
import { readSnapshot } from './write-snapshot';
import type { Snapshot } from './write-snapshot';
import type { SyncedRecordOf } from './synced-tables';
import { checkSignatureLocks, checkSignatureRecords } from './signature-locks';

/**
 * Who writes, and when by the device clock. Passed in rather than read here so the write path
 * stays deterministic in tests; `createActor()` makes one from the current time.
 */
export type Actor = { userId: Id; at: Timestamp };

export type SyncedWrite<T extends SyncedTable> = {
  table: T;
  record: SyncedRecordOf[T];
  actor: Actor;
  /** `put` creates or updates; `delete` writes a tombstone (sync never hard-deletes). */
  operation: OutboxOperation;
  /**
   * New signatures saved in the same transaction. A change to signed content needs one over at
   * least the same fields (signed fields are locked: 21 CFR Part 11).
   */
  signatures?: readonly Signature[];
  /**
   * Server conflicts this write settles (the resolution screen). The write is queued even when
   * the record does not change, because the server must learn the decision.
   */
  resolvesConflicts?: readonly string[];
};

export type SyncedBatchWrite<T extends SyncedTable> = Omit<SyncedWrite<T>, 'record'> & {
  records: readonly SyncedRecordOf[T][];
};

/** What a write did. `mutationId` and `auditSequence` are null when nothing changed. */
export type WriteReceipt<T extends SyncedTable> = {
  record: SyncedRecordOf[T];
  mutationId: number | null;
  auditSequence: number | null;
};

/**
 * A write whose records are built from the stored versions: `build` gets the current record
 * of each id (null for none) and the references reserved for it, and is called again when
 * another write got in first.
 */
export type SyncedPlan<T extends SyncedTable> = {
  table: T;
  actor: Actor;
  operation: OutboxOperation;
  ids: readonly Id[];
  build: (
    current: readonly (SyncedRecordOf[T] | null)[],
    references: readonly Reference[],
  ) => readonly SyncedRecordOf[T][];
  references?: { prefix: ReferencePrefix; year: number };
  signatures?: readonly Signature[];
  /** See SyncedWrite. */
  resolvesConflicts?: readonly string[];
  /**
   * Local work committed in the same transaction (e.g. removing the "needs attention" entry a
   * resolution settles): `run` may only use IndexedDB, on `tables` and the write's own tables.
   */
  alsoInTransaction?: { tables: readonly Table[]; run: () => Promise<void> };
};

const maximumAttempts = 5;

/**
 * THE write path of every synced table. It prepares outside any transaction — decrypts the
 * stored versions, validates and diffs, checks signature locks, encrypts the personal part and
 * the audit event's personal part, seals the outbox payload — then, in ONE Dexie rw transaction,
 * stores the row (and a new record key), appends an outbox row with the next mutation id and a
 * hash-chained audit event (hashing the ciphertext). The transaction commits only if no other
 * write changed synced rows since the preparation (`writeVersion`); otherwise it prepares again.
 * If any step fails, nothing is kept (docs/decisions/0003, 0011). A write that changes nothing
 * is not recorded.
 *
 * Throws a ZodError when the record is invalid, RecordNotFoundError when deleting a record that
 * does not exist, ImmutableFieldError when the reference would change, SignedContentLockedError
 * when signed content would change without a new signature, PersonalDataUnavailableError when
 * the stored personal part cannot be read, StoreLockedError when personal data must be
 * encrypted while locked, StoreNotOpenError without a device identity, NestedWriteError inside a
 * transaction, ConcurrentWriteError when other writes kept getting in first, and Dexie's errors
 * (e.g. a duplicate reference: ConstraintError) when IndexedDB refuses the write.
 */
export async function writeSynced<T extends SyncedTable>(
  db: MedinfoDatabase,
  write: SyncedWrite<T>,
): Promise<WriteReceipt<T>> {
  const { record, ...rest } = write;
  const [receipt] = await writeSyncedBatch(db, { ...rest, records: [record] });
  if (!receipt) throw new Error('writeSyncedBatch returned no receipt for one record');
  return receipt;
}

/**
 * `writeSynced` for many records in ONE transaction: still one outbox row and one audit event
 * per changed record, written in bulk. All or nothing. Throws as `writeSynced`, and a
 * RangeError when the same id appears twice in one batch.
 */
export async function writeSyncedBatch<T extends SyncedTable>(
  db: MedinfoDatabase,
  write: SyncedBatchWrite<T>,
): Promise<WriteReceipt<T>[]> {
  const { records, ...rest } = write;
  return commitSynced(db, {
    ...rest,
    ids: records.map((record) => record.id),
    build: () => records,
  });
}

/**
 * Writes records built from their current stored versions (see SyncedPlan): an update that
 * another write overtakes is rebuilt from the newer version, never lost. Throws as
 * `writeSynced`.
 */
export async function commitSynced<T extends SyncedTable>(
  db: MedinfoDatabase,
  plan: SyncedPlan<T>,
): Promise<WriteReceipt<T>[]> {
  if (Dexie.currentTransaction) throw new NestedWriteError();
  if (new Set(plan.ids).size !== plan.ids.length) {
    throw new RangeError(`A batch for ${plan.table} names the same record twice`);
  }
  return queueWrite(db, () => attemptCommit(db, plan));
}

async function attemptCommit<T extends SyncedTable>(
  db: MedinfoDatabase,
  plan: SyncedPlan<T>,
): Promise<WriteReceipt<T>[]> {
  for (let attempt = 1; attempt <= maximumAttempts; attempt += 1) {
    const snapshot = await readSnapshot(db, plan.table, plan.ids);
    const references = plan.references
      ? await peekReferences(db, plan.references.prefix, plan.references.year, plan.ids.length)
      : [];
    const records = plan.build(snapshot.current as (SyncedRecordOf[T] | null)[], references); // as: the snapshot of this plan's table
    const checked = checkAll(plan, snapshot, records).map((change) =>
      plan.resolvesConflicts === undefined
        ? change
        : { ...change, resolvesConflicts: plan.resolvesConflicts },
    );
    const changed = checked.filter(isQueued);
    const signatures = await checkSignatureRecords(db, plan.signatures ?? [], plan.actor);
    await checkSignatureLocks(db, changed, signatures);
    const sealingKey = await readMeta(db, 'serverSealingKey');
    const prepared = await prepareChanges(db, [...changed, ...signatures], sealingKey, plan.actor);
    try {
      const receipts = await commitPrepared(db, {
        snapshotVersion: snapshot.writeVersion,
        prepared,
        actor: plan.actor,
        claim: async () => {
          if (plan.references) await claimReferences(db, plan.references, references);
          await plan.alsoInTransaction?.run();
        },
        extraTables: plan.alsoInTransaction?.tables ?? [],
      });
      notifyCommitted(db, prepared);
      return checked.map(({ after }) => ({
        record: after as SyncedRecordOf[T], // as: checked from this plan's records
        mutationId: receipts.get(after.id)?.mutationId ?? null,
        auditSequence: receipts.get(after.id)?.auditSequence ?? null,
      }));
    } catch (error) {
      if (!(error instanceof StaleSnapshotError)) throw error;
    }
  }
  throw new ConcurrentWriteError(plan.table);
}

function checkAll<T extends SyncedTable>(
  plan: SyncedPlan<T>,
  snapshot: Snapshot,
  records: readonly SyncedRecordOf[T][],
): CheckedChange[] {
  if (
    records.length !== plan.ids.length ||
    records.some((record, index) => record.id !== plan.ids[index])
  ) {
    throw new RangeError(`A write to ${plan.table} must build exactly the records it named`);
  }
  const stored = snapshot.current.find((current) => current !== null);
  // A signature is never edited or replaced (21 CFR 11.70): a change needs a new signature.
  if (plan.table === 'signatures' && stored) {
    throw new ImmutableFieldError('signatures', stored.id, 'signature');
  }
  return records.map((record, index) =>
    checkChange(
      plan.table,
      record,
      snapshot.current[index] ?? null,
      snapshot.rows[index],
      plan.actor,
      plan.operation,
    ),
  );
}
