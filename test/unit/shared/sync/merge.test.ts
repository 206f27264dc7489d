import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldVersions, JsonValue, SyncedRecord } from '../../../../src/shared/sync';
import {
  flattenRecord,
  isSameJsonValue,
  mergeRecord,
  nextFieldVersions,
  unflattenRecord,
} from '../../../../src/shared/sync';

const id = '0196f3c2-7d1e-7abc-8def-0123456789ab';
const LAPTOP = 'laptop';
const OFFICE = 'office';

/** Field versions where every field of `record` was last written by `clientId` at `revision`. */
function versionsOf(record: SyncedRecord, revision: number, clientId: string): FieldVersions {
  return nextFieldVersions({}, [...flattenRecord(record).keys()], revision, clientId);
}

describe('mergeRecord', () => {
  it('replaces the record when the client saw the current revision', () => {
    const server = { id, status: 'open', note: 'x' };
    const client = { id, status: 'answered' };
    const result = mergeRecord({
      server,
      serverFieldVersions: versionsOf(server, 4, OFFICE),
      client,
      changedFields: ['status'],
      baseRevision: 4,
      currentRevision: 4,
      clientId: LAPTOP,
    });
    expect(result.record).toEqual(client);
    expect(result.changedFields.sort()).toEqual(['note', 'status']);
    expect(result.conflicts).toEqual([]);
  });

  it('applies only the changed fields of a stale client, and flags same-field edits', () => {
    const base = { id, status: 'open', urgency: 'normal', note: 'a' };
    const server = { ...base, status: 'answered' };
    const versions = nextFieldVersions(versionsOf(base, 1, LAPTOP), ['status'], 2, OFFICE);
    const client = { ...base, status: 'closed', urgency: 'high' };
    const result = mergeRecord({
      server,
      serverFieldVersions: versions,
      client,
      changedFields: ['status', 'urgency'],
      baseRevision: 1,
      currentRevision: 2,
      clientId: LAPTOP,
    });
    expect(result.record).toEqual({ id, status: 'answered', urgency: 'high', note: 'a' });
    expect(result.conflicts).toEqual([
      { field: 'status', serverValue: 'answered', clientValue: 'closed' },
    ]);
    expect(result.changedFields).toEqual(['urgency']);
  });

  it('merges personal parts one by one', () => {
    const base: SyncedRecord = { id, personal: { requester: 'enc:1', patient: 'enc:2' } };
    const server: SyncedRecord = { id, personal: { requester: 'enc:1b', patient: 'enc:2' } };
    const versions = nextFieldVersions(
      versionsOf(base, 1, LAPTOP),
      ['personal.requester'],
      2,
      OFFICE,
    );
    const client: SyncedRecord = { id, personal: { requester: 'enc:1', patient: 'enc:2c' } };
    const result = mergeRecord({
      server,
      serverFieldVersions: versions,
      client,
      changedFields: ['personal.patient'],
      baseRevision: 1,
      currentRevision: 2,
      clientId: LAPTOP,
    });
    expect(result.record).toEqual({ id, personal: { requester: 'enc:1b', patient: 'enc:2c' } });
    expect(result.conflicts).toEqual([]);
  });

  it('removes a field the client removed, unless someone else changed it meanwhile', () => {
    const server = { id, note: 'kept by office', tag: 'x' };
    const versions = nextFieldVersions(
      versionsOf({ id, note: 'a', tag: 'x' }, 1, LAPTOP),
      ['note'],
      2,
      OFFICE,
    );
    const result = mergeRecord({
      server,
      serverFieldVersions: versions,
      client: { id },
      changedFields: ['note', 'tag'],
      baseRevision: 1,
      currentRevision: 2,
      clientId: LAPTOP,
    });
    expect(result.record).toEqual({ id, note: 'kept by office' });
    expect(result.conflicts).toEqual([
      { field: 'note', serverValue: 'kept by office', clientValue: undefined },
    ]);
  });
});

const fieldName = fc.constantFrom(
  'status',
  'note',
  'urgency',
  'product',
  'personal.requester',
  'personal.patient',
);
const jsonLeaf: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const fieldMap = fc.dictionary(fieldName, jsonLeaf, { maxKeys: 6 });
const toRecord = (fields: Record<string, JsonValue>): SyncedRecord =>
  unflattenRecord(id, new Map(Object.entries(fields)));

describe('mergeRecord properties', () => {
  it('never loses a value: every changed field ends in the record or in a conflict', () => {
    fc.assert(
      fc.property(
        fieldMap,
        fieldMap,
        fieldMap,
        fc.subarray([
          'status',
          'note',
          'urgency',
          'product',
          'personal.requester',
          'personal.patient',
        ]),
        (baseFields, serverEdits, clientEdits, changed) => {
          const base = toRecord(baseFields);
          const server = toRecord({ ...baseFields, ...serverEdits });
          const client = toRecord({ ...baseFields, ...clientEdits });
          const versions = nextFieldVersions(
            versionsOf(base, 1, LAPTOP),
            Object.keys(serverEdits),
            2,
            OFFICE,
          );
          const result = mergeRecord({
            server,
            serverFieldVersions: versions,
            client,
            changedFields: changed,
            baseRevision: 1,
            currentRevision: 2,
            clientId: LAPTOP,
          });
          const merged = flattenRecord(result.record);
          const clientFields = flattenRecord(client);
          const serverFields = flattenRecord(server);
          for (const field of changed) {
            const conflict = result.conflicts.find((c) => c.field === field);
            if (conflict === undefined)
              expect(isSameJsonValue(merged.get(field), clientFields.get(field))).toBe(true);
            else {
              expect(isSameJsonValue(merged.get(field), serverFields.get(field))).toBe(true);
              expect(isSameJsonValue(conflict.clientValue, clientFields.get(field))).toBe(true);
            }
          }
          // Fields the client did not change keep the server's value.
          for (const [field, value] of serverFields) {
            if (!changed.includes(field))
              expect(isSameJsonValue(merged.get(field), value)).toBe(true);
          }
        },
      ),
    );
  });

  it('reports a conflict only where both sides changed a field to different values', () => {
    fc.assert(
      fc.property(fieldMap, fieldMap, fieldMap, (baseFields, serverEdits, clientEdits) => {
        const server = toRecord({ ...baseFields, ...serverEdits });
        const client = toRecord({ ...baseFields, ...clientEdits });
        const versions = nextFieldVersions(
          versionsOf(toRecord(baseFields), 1, LAPTOP),
          Object.keys(serverEdits),
          2,
          OFFICE,
        );
        const result = mergeRecord({
          server,
          serverFieldVersions: versions,
          client,
          changedFields: Object.keys(clientEdits),
          baseRevision: 1,
          currentRevision: 2,
          clientId: LAPTOP,
        });
        for (const conflict of result.conflicts) {
          expect(Object.keys(serverEdits)).toContain(conflict.field);
          expect(Object.keys(clientEdits)).toContain(conflict.field);
          expect(isSameJsonValue(conflict.serverValue, conflict.clientValue)).toBe(false);
        }
      }),
    );
  });

  it('is a no-op when the client sends the server version back', () => {
    fc.assert(
      fc.property(fieldMap, fc.integer({ min: 0, max: 5 }), (fields, base) => {
        const record = toRecord(fields);
        const result = mergeRecord({
          server: record,
          serverFieldVersions: versionsOf(record, 3, OFFICE),
          client: record,
          changedFields: null,
          baseRevision: base,
          currentRevision: 3,
          clientId: LAPTOP,
        });
        expect(result.changedFields).toEqual([]);
        expect(result.conflicts).toEqual([]);
        expect(result.record).toEqual(record);
      }),
    );
  });

  it('flattens and unflattens without loss', () => {
    fc.assert(
      fc.property(fieldMap, (fields) => {
        const record = toRecord(fields);
        expect(unflattenRecord(id, flattenRecord(record))).toEqual(record);
      }),
    );
  });
});
