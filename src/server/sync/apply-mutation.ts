import type { Queryable } from '../database/database';
import type {
  AccessSubject,
  Mutation,
  MutationResult,
  ServerRecord,
  SyncedRecord,
} from '../../shared/sync';
import { canWriteRecord, isSameJsonValue, nextFieldVersions } from '../../shared/sync';
import { insertConflicts, resolveConflicts } from '../repositories/conflicts-repository';
import type { StoredRecord } from '../repositories/records-repository';
import { findRecordForUpdate, nextRevision, writeRecord } from '../repositories/records-repository';
import type { PreparedMutation } from './prepare-mutation';
import type { SyncedTable } from './tables';
import type { Outcome } from './decide-outcome';
import { decideOutcome } from './decide-outcome';
import { toServerRecord } from './server-record';

/**
 * Applies one prepared mutation inside the push transaction (the record-writes lock is held).
 * The conflict rules are in docs/sync-protocol.md; the field merge is mergeRecord (shared).
 */

/**
 * Who pushes, when the server received the push, and which records this push created (keys
 * `table/id`): a safety report is forwarded once an earlier push stored it (decision 0072).
 */
export type ApplyContext = {
  subject: AccessSubject;
  clientId: string;
  receivedAt: string;
  createdInThisPush: Set<string>;
};

/**
 * Applies a put or a delete to the stored record and returns the mutation's result.
 * @throws the driver's error (the caller's transaction rolls back: nothing of the batch applies)
 */
export async function applyMutation(
  transaction: Queryable,
  prepared: Exclude<PreparedMutation, { kind: 'rejected' }>,
  mutation: Mutation,
  context: ApplyContext,
): Promise<MutationResult> {
  const { table } = prepared;
  const stored = await findRecordForUpdate(transaction, table.name, mutation.recordId);
  const base = { mutationId: mutation.mutationId, receivedAt: context.receivedAt };
  if (
    stored !== null &&
    !canWriteRecord(context.subject, table.name, { isNew: false, ownerUserId: stored.ownerUserId })
  ) {
    return {
      ...base,
      status: 'rejected',
      reason: 'forbidden',
      message: 'This record belongs to another user.',
    };
  }
  const incoming = prepared.kind === 'put' ? prepared.record : null;
  const outcome = decideOutcome(stored, incoming, mutation, context.clientId);
  const isNoOp =
    stored !== null &&
    outcome.changedFields.length === 0 &&
    outcome.conflicts.length === 0 &&
    outcome.deleted === stored.deleted &&
    (mutation.resolvesConflicts ?? []).length === 0;
  // A put that changes nothing succeeds even on an immutable record: a re-sent outbox entry of a
  // forwarded report must not land on the "needs attention" list.
  if (isNoOp) {
    return {
      ...base,
      status: 'applied',
      serverRevision: stored.serverRevision,
      ...recordUnlessAsSent(stored, incoming, context.subject),
    };
  }
  const key = `${table.name}/${mutation.recordId}`;
  if (stored === null) context.createdInThisPush.add(key);
  else {
    const refusal = refuseIfImmutable(table, stored, !context.createdInThisPush.has(key), context);
    if (refusal !== null) return { ...base, ...refusal };
  }

  return persistOutcome(transaction, { table, stored, incoming, outcome, mutation, context });
}

/** The rejection of a change to a record that may no longer change, or null. */
function refuseIfImmutable(
  table: SyncedTable,
  stored: StoredRecord,
  isReceivedEarlier: boolean,
  context: ApplyContext,
): Omit<Extract<MutationResult, { status: 'rejected' }>, 'mutationId' | 'receivedAt'> | null {
  const reason = table.immutableWhen?.(stored.data, isReceivedEarlier) ?? null;
  if (reason === null) return null;
  return {
    status: 'rejected',
    reason,
    message: 'A forwarded safety report cannot change; record corrections as a follow-up.',
    // The pusher may write the record (checked before), so it may read it: it can put its copy
    // back as the server has it.
    record: toServerRecord(stored, context.subject),
  };
}

/** Writes the outcome at a new revision, stores its conflicts, and builds the result. */
async function persistOutcome(
  transaction: Queryable,
  step: {
    table: SyncedTable;
    stored: StoredRecord | null;
    incoming: SyncedRecord | null;
    outcome: Outcome;
    mutation: Mutation;
    context: ApplyContext;
  },
): Promise<MutationResult> {
  const { table, stored, outcome, mutation, context } = step;
  const base = { mutationId: mutation.mutationId, receivedAt: context.receivedAt };
  const revision = await nextRevision(transaction);
  const openConflicts =
    stored === null
      ? 0
      : await resolveConflicts(transaction, {
          table: table.name,
          recordId: mutation.recordId,
          conflictIds: mutation.resolvesConflicts ?? [],
          userId: context.subject.userId,
        });
  const written = await writeRecord(
    transaction,
    {
      table: table.name,
      id: mutation.recordId,
      // Ownership is set once, by the first write: sync never hands a record to someone else.
      ownerUserId:
        stored !== null
          ? stored.ownerUserId
          : table.ownership === 'creator'
            ? context.subject.userId
            : null,
      deleted: outcome.deleted,
      data: outcome.record,
      fieldVersions: nextFieldVersions(
        stored?.fieldVersions ?? {},
        outcome.changedFields,
        revision,
        context.clientId,
      ),
      hasConflict: openConflicts > 0 || outcome.conflicts.length > 0,
    },
    revision,
  );
  if (outcome.conflicts.length === 0) {
    return {
      ...base,
      status: 'applied',
      serverRevision: revision,
      ...recordUnlessAsSent(written, step.incoming, context.subject),
    };
  }
  const ids = await insertConflicts(
    transaction,
    outcome.conflicts.map((conflict) => ({
      ...conflict,
      table: table.name,
      recordId: mutation.recordId,
      baseRevision: mutation.baseRevision,
      serverRevision: revision,
      clientId: context.clientId,
      mutationId: mutation.mutationId,
      userId: context.subject.userId,
    })),
  );
  return {
    ...base,
    status: 'conflict',
    serverRevision: revision,
    record: toServerRecord(written, context.subject),
    conflicts: outcome.conflicts.map((conflict, index) => ({
      conflictId: ids[index] ?? '',
      ...conflict,
    })),
  };
}

/**
 * `{ record }` when the stored record differs from what the client sent (a merge kept other
 * people's fields, or a tombstone stayed), so the client learns the version it now has; `{}`
 * when the client's copy already equals the server's.
 */
function recordUnlessAsSent(
  stored: StoredRecord,
  sent: SyncedRecord | null,
  subject: AccessSubject,
): { record?: ServerRecord } {
  const isAsSent =
    sent === null ? stored.deleted : !stored.deleted && isSameJsonValue(stored.data, sent);
  return isAsSent ? {} : { record: toServerRecord(stored, subject) };
}
