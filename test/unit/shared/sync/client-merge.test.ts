import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedFieldPaths,
  fieldPathValues,
  pendingFieldsOf,
  rebaseOnServer,
} from '../../../../src/shared/sync';

const record = (fields: Record<string, unknown>): Record<string, unknown> => ({
  id: 'r',
  ...fields,
});

describe('the client side of the field merge', () => {
  it('names every field of a new record but never the bookkeeping the server owns', () => {
    const paths = changedFieldPaths(
      null,
      record({
        status: 'open',
        serverRevision: null,
        deleted: false,
        updatedAt: 't',
        personal: { notes: 'x' },
      }),
    );
    expect(paths).toEqual(['personal.notes', 'status']);
  });

  it('names only what changed, personal parts one by one, and a field that disappeared', () => {
    const before = record({
      status: 'open',
      urgency: 'low',
      personal: { notes: 'a', requester: { name: 'N' } },
    });
    const after = record({
      status: 'open',
      personal: { notes: 'b', requester: { name: 'N' } },
      updatedAt: 'later',
    });
    expect(changedFieldPaths(before, after)).toEqual(['personal.notes', 'urgency']);
  });

  it('counts rows without changedFields (written before version 6) as changing everything', () => {
    expect(
      pendingFieldsOf([{ operation: 'put', changedFields: ['status'] }, { operation: 'put' }]),
    ).toEqual({
      isWholeRecord: true,
    });
    expect(
      pendingFieldsOf([{ operation: 'put', changedFields: ['status'] }, { operation: 'delete' }]),
    ).toEqual({
      isWholeRecord: false,
      paths: new Set(['status']),
    });
  });

  const fieldValues = fc.dictionary(
    fc.constantFrom('status', 'urgency', 'channel', 'dueDate'),
    fc.string(),
    {
      maxKeys: 4,
    },
  );
  const personalValues = fc.dictionary(
    fc.constantFrom('notes', 'requester', 'questions'),
    fc.string(),
    {
      maxKeys: 3,
    },
  );

  it('keeps every pending local value and takes every other field from the server (property)', () => {
    fc.assert(
      fc.property(
        fieldValues,
        personalValues,
        fieldValues,
        personalValues,
        fc.subarray([
          'status',
          'urgency',
          'channel',
          'dueDate',
          'personal.notes',
          'personal.requester',
          'personal.questions',
        ]),
        (serverFields, serverPersonal, localFields, localPersonal, pending) => {
          const server = record({ ...serverFields, personal: serverPersonal });
          const local = record({ ...localFields, personal: localPersonal });
          const merged = fieldPathValues(rebaseOnServer(server, local, new Set(pending)));
          const serverValues = fieldPathValues(server);
          const localValues = fieldPathValues(local);
          const paths = new Set([...serverValues.keys(), ...localValues.keys(), ...pending]);
          for (const path of paths) {
            const expected = pending.includes(path)
              ? localValues.get(path)
              : serverValues.get(path);
            expect(merged.get(path)).toEqual(expected);
          }
        },
      ),
    );
  });
});
