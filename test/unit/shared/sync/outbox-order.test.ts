import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderPushBatch } from '../../../../src/shared/sync';

const mutation = (mutationId: number, recordId: string, priority: number) => ({
  mutationId,
  table: 'inquiries',
  recordId,
  priority,
});

describe('the order a push is sent in', () => {
  it('sends safety first, keeps a record together and in order even when its later change became urgent', () => {
    const batch = orderPushBatch(
      [mutation(1, 'a', 5), mutation(2, 'b', 5), mutation(3, 'a', 0), mutation(4, 'c', 0)],
      10,
    );
    expect(batch.map((each) => each.mutationId)).toEqual([1, 3, 4, 2]);
  });

  it('never splits a record across the limit unless the record alone exceeds it', () => {
    const input = [
      mutation(1, 'a', 5),
      mutation(2, 'b', 5),
      mutation(3, 'b', 5),
      mutation(4, 'b', 5),
    ];
    expect(orderPushBatch(input, 3).map((each) => each.mutationId)).toEqual([1]);
    expect(orderPushBatch(input.slice(1), 2).map((each) => each.mutationId)).toEqual([2, 3]);
  });

  it('keeps every record in mutation order and drops duplicates (property)', () => {
    const arbitrary = fc.uniqueArray(
      fc.record({
        mutationId: fc.integer({ min: 1, max: 500 }),
        recordId: fc.constantFrom('a', 'b', 'c', 'd'),
        priority: fc.constantFrom(0, 5),
      }),
      { selector: (each) => each.mutationId, maxLength: 60 },
    );
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 1, max: 80 }), (input, limit) => {
        const entries = input.map((each) => ({ ...each, table: 'inquiries' }));
        const batch = orderPushBatch([...entries, ...entries], limit);
        expect(new Set(batch.map((each) => each.mutationId)).size).toBe(batch.length);
        expect(batch.length).toBeLessThanOrEqual(limit);
        for (const recordId of ['a', 'b', 'c', 'd']) {
          const ids = batch
            .filter((each) => each.recordId === recordId)
            .map((each) => each.mutationId);
          expect(ids).toEqual([...ids].sort((left, right) => left - right));
        }
      }),
    );
  });
});
