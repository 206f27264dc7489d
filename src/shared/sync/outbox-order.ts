/**
 * The order a client sends its outbox in. The server applies a push in the order sent, so the
 * mutations of one record must stay in mutation-id order and should travel together (a report
 * typed offline and then completed arrives as one capture: decision 0072); across records, the
 * most urgent go first (priority 0 = safety information, ARCHITECTURE.md).
 */

/** What ordering needs of an outbox entry. */
export type OrderableMutation = {
  mutationId: number;
  table: string;
  recordId: string;
  priority: number;
};

/**
 * Groups mutations by record, orders groups by their most urgent priority and then their oldest
 * mutation, keeps each group in mutation-id order, and cuts the result at `limit` without
 * splitting a group (unless one group alone exceeds it; its oldest mutations go first).
 * @throws never
 */
export function orderPushBatch<T extends OrderableMutation>(
  mutations: readonly T[],
  limit: number,
): T[] {
  const groups = new Map<string, T[]>();
  const seen = new Set<number>();
  for (const mutation of mutations) {
    if (seen.has(mutation.mutationId)) continue;
    seen.add(mutation.mutationId);
    const key = `${mutation.table}/${mutation.recordId}`;
    groups.set(key, [...(groups.get(key) ?? []), mutation]);
  }
  const ordered = [...groups.values()]
    .map((group) => group.sort((left, right) => left.mutationId - right.mutationId))
    .map((group) => ({
      group,
      priority: Math.min(...group.map((mutation) => mutation.priority)),
      oldest: group[0]?.mutationId ?? 0,
    }))
    .sort((left, right) => left.priority - right.priority || left.oldest - right.oldest);
  const batch: T[] = [];
  for (const { group } of ordered) {
    if (batch.length + group.length > limit) {
      if (batch.length === 0) batch.push(...group.slice(0, limit));
      break;
    }
    batch.push(...group);
  }
  return batch;
}
