import type { Database } from '../database/database';
import type { AccessSubject, MutationResult, PushRequest } from '../../shared/sync';
import type { SealingKeyring } from '../crypto/sealing';
import { ADVISORY_LOCKS, lockForTransaction } from '../repositories/locks';
import {
  findMutationResults,
  insertMutation,
  transactionTime,
} from '../repositories/mutations-repository';
import { applyMutation } from './apply-mutation';
import type { PreparedMutation } from './prepare-mutation';
import { prepareMutation } from './prepare-mutation';

/**
 * Applies a push: one transaction per batch, mutations in the order sent, each with its own
 * result. A rejected mutation is recorded with its reason and the batch goes on (it lands on the
 * client's "needs attention" list, never blocking the queue). Only an unexpected database error
 * rolls the whole batch back (the client retries it; idempotency makes that safe).
 */

/** The pusher: the token's user and device. */
export type Pusher = AccessSubject & { deviceId: string };

/**
 * Applies a batch and returns the results in request order.
 * @throws the driver's error when the transaction fails (nothing of the batch is applied)
 */
export async function pushMutations(
  database: Database,
  keyring: SealingKeyring,
  pusher: Pusher,
  request: PushRequest,
): Promise<MutationResult[]> {
  const prepared: PreparedMutation[] = [];
  for (const mutation of request.mutations) {
    prepared.push(await prepareMutation(mutation, pusher, keyring));
  }
  return database.transaction(async (transaction) => {
    // Serialises writers so revisions commit in order (decision 0006) and so two instances
    // handling the same retried batch cannot both apply it.
    await lockForTransaction(transaction, ADVISORY_LOCKS.recordWrites);
    const receivedAt = await transactionTime(transaction);
    const earlier = await findMutationResults(
      transaction,
      request.clientId,
      request.mutations.map((mutation) => mutation.mutationId),
    );
    const results: MutationResult[] = [];
    const createdInThisPush = new Set<string>();
    for (const [index, mutation] of request.mutations.entries()) {
      const replayed = earlier.get(mutation.mutationId);
      if (replayed !== undefined) {
        results.push(replayed);
        continue;
      }
      const step = prepared[index];
      if (step === undefined) throw new Error('A prepared mutation is missing.');
      const result =
        step.kind === 'rejected'
          ? {
              mutationId: mutation.mutationId,
              receivedAt,
              status: 'rejected' as const,
              reason: step.reason,
              message: step.message,
            }
          : await applyMutation(transaction, step, mutation, {
              subject: pusher,
              clientId: request.clientId,
              receivedAt,
              createdInThisPush,
            });
      await insertMutation(transaction, {
        clientId: request.clientId,
        userId: pusher.userId,
        table: mutation.table,
        recordId: mutation.recordId,
        operation: mutation.operation,
        priority: mutation.priority,
        result,
      });
      results.push(result);
    }
    return results;
  });
}
