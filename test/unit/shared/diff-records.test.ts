import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../../src/shared/domain';

const before = {
  id: 'a',
  status: 'open',
  updatedAt: '2026-03-02T09:30:00.000+01:00',
  productIds: ['p1'],
  requester: { type: 'physician', country: 'DE' },
  personal: { requester: { name: 'Dr. A', email: 'a@example.org' }, notes: '' },
};

describe('diffRecords', () => {
  it('lists every field of a new record as added, the personal part apart', () => {
    const diff = diffRecords(null, before);
    expect(diff.changes.map((change) => change.field)).toEqual([
      'id',
      'productIds',
      'requester',
      'status',
    ]);
    expect(diff.changes.every((change) => !('before' in change))).toBe(true);
    expect(diff.personalChanges).toEqual([{ field: 'personal', after: before.personal }]);
  });

  it('keeps the earlier value of each changed field and never reports unchanged ones', () => {
    const after = {
      ...before,
      status: 'closed',
      updatedAt: '2026-03-03T10:00:00.000+01:00',
      productIds: ['p1', 'p2'],
      personal: { ...before.personal, requester: { name: 'Dr. A', email: 'new@example.org' } },
    };
    expect(diffRecords(before, after)).toEqual({
      changes: [
        { field: 'productIds', before: ['p1'], after: ['p1', 'p2'] },
        { field: 'status', before: 'open', after: 'closed' },
      ],
      personalChanges: [
        { field: 'personal.requester.email', before: 'a@example.org', after: 'new@example.org' },
      ],
    });
  });

  it('reports a removed field with its last value', () => {
    const { requester: _requester, ...after } = before;
    expect(diffRecords(before, after).changes).toEqual([
      { field: 'requester', before: { type: 'physician', country: 'DE' } },
    ]);
  });

  it('copies values, so later edits to the record cannot rewrite the diff', () => {
    const after = { ...before, productIds: ['p9'] };
    const diff = diffRecords(before, after);
    after.productIds.push('p10');
    expect(diff.changes[0]).toEqual({ field: 'productIds', before: ['p1'], after: ['p9'] });
  });

  it('finds nothing to record when only the update stamp moved', () => {
    const after = { ...before, updatedAt: '2026-03-04T10:00:00.000+01:00' };
    expect(diffRecords(before, after)).toEqual({ changes: [], personalChanges: [] });
  });
});
