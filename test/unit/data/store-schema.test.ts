import { describe, expect, it } from 'vitest';
import { storeTables, tableScopes } from '../../../src/renderer/src/data/db';
import { openTestStore } from './store-fixtures';

describe('the store schema', () => {
  it('is version 7 and has a declared scope for every table', async () => {
    const db = await openTestStore();
    expect(db.verno).toBe(7);
    const tableNames = db.tables.map((table) => table.name).sort();
    expect(tableNames).toEqual(Object.keys(tableScopes).sort());
    expect(Object.keys(storeTables).sort()).toEqual(tableNames);
  });

  it('never puts personal data in an index (GDPR: indexes are not encrypted)', async () => {
    const db = await openTestStore();
    const keyPaths = db.tables.flatMap((table) =>
      [table.schema.primKey, ...table.schema.indexes].flatMap((index) => index.keyPath ?? []),
    );
    expect(keyPaths.length).toBeGreaterThan(20);
    const personalPaths = keyPaths.filter((path) => /(^|\.)personal(\.|$)/.test(path));
    expect(personalPaths).toEqual([]);
  });

  it('keys paging indexes by time and id so every key is unique', async () => {
    const db = await openTestStore();
    const indexNames = db.inquiries.schema.indexes.map((index) => index.name);
    expect(indexNames).toEqual(
      expect.arrayContaining(['[receivedAtUtc+id]', '[status+receivedAtUtc+id]', 'reference']),
    );
    expect(db.inquiries.schema.idxByName.reference?.unique).toBe(true);
  });
});
