import type { OutboxEntry } from '../../../../shared/schemas';
import type { Mutation } from '../../../../shared/sync';
import { MAX_MUTATIONS_PER_PUSH, mutationSchema, orderPushBatch } from '../../../../shared/sync';
import type { MedinfoDatabase } from '../db';

/**
 * Chooses the next push: the most urgent outbox rows (safety first), plus every other pending
 * row of the same records so a record's changes travel together and in order (orderPushBatch).
 * @throws Dexie's errors
 */
export async function selectPushBatch(
  db: MedinfoDatabase,
  batchSize: number,
): Promise<OutboxEntry[]> {
  const head = await db.outbox.orderBy('[priority+mutationId]').limit(batchSize).toArray();
  if (head.length === 0) return [];
  const keys = [...new Set(head.map((entry) => `${entry.table}\u0000${entry.recordId}`))].map(
    (key) => key.split('\u0000') as [string, string], // as: each key was built from two strings
  );
  const siblings = await db.outbox.where('[table+recordId]').anyOf(keys).toArray();
  return orderPushBatch([...head, ...siblings], Math.min(MAX_MUTATIONS_PER_PUSH, batchSize * 5));
}

/**
 * An outbox row as the wire wants it, or the reason it can never be sent (a row the protocol
 * refuses would fail its whole push with 400, so it leaves the queue instead of blocking it).
 * @throws never
 */
export function toMutation(entry: OutboxEntry): { mutation: Mutation } | { problem: string } {
  const parsed = mutationSchema.safeParse({
    mutationId: entry.mutationId,
    table: entry.table,
    recordId: entry.recordId,
    operation: entry.operation,
    baseRevision: entry.baseRevision ?? null,
    ...(entry.operation === 'put' && entry.changedFields !== undefined
      ? { changedFields: entry.changedFields }
      : {}),
    payload: entry.operation === 'delete' ? null : entry.payload,
    priority: entry.priority,
    ...(entry.resolvesConflicts === undefined
      ? {}
      : { resolvesConflicts: entry.resolvesConflicts }),
  });
  if (parsed.success) return { mutation: parsed.data };
  const first = parsed.error.issues[0];
  return { problem: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` };
}
