import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/renderer/src/data';
import type { MedinfoDatabase } from '../../../src/renderer/src/data';
import { storeSchemaVersion1 } from '../../../src/renderer/src/data/db';
import { listPendingMutations } from '../../../src/renderer/src/data/outbox-queue';
import { sampleProduct, testIds } from '../shared/fixtures';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Yesterday's store: version 1, written by the app as it was before sync, with rows in it. */
async function createVersionOneStore(): Promise<string> {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(storeSchemaVersion1);
  await old.open();
  const product = sampleProduct();
  await old.table('meta').bulkPut([
    { key: 'device', value: { deviceId: testIds.device, deviceCode: 'K7Q' } },
    { key: 'lastMutationId', value: 2 },
    { key: 'pendingMutations', value: 2 },
  ]);
  await old.table('products').put(product);
  // Outbox rows as version 1 wrote them: no baseRevision, no changedFields.
  await old.table('outbox').bulkPut(
    [1, 2].map((mutationId) => ({
      mutationId,
      clientId: testIds.device,
      table: 'products',
      recordId: product.id,
      operation: 'put',
      payload: { ...product, brandName: `Brand ${mutationId}` },
      priority: 5,
      createdAt: '2026-03-01T08:00:00.000+01:00',
    })),
  );
  old.close();
  return name;
}

describe('opening a version 1 store with this version', () => {
  it('upgrades to the current version (6 for the outbox), keeps every row and marks old outbox rows as never confirmed', async () => {
    const name = await createVersionOneStore();
    const db: MedinfoDatabase = await openDatabase({ name });
    expect(db.verno).toBe(7);
    expect(await db.products.get(testIds.product)).toEqual(sampleProduct());
    const pending = await listPendingMutations(db, 10);
    expect(pending.map((entry) => [entry.mutationId, entry.baseRevision])).toEqual([
      [1, null],
      [2, null],
    ]);
    // Without changedFields the server merges every field, as it always did for these rows.
    expect(pending.every((entry) => entry.changedFields === undefined)).toBe(true);
    expect((await db.meta.get('device'))?.value).toEqual({
      deviceId: testIds.device,
      deviceCode: 'K7Q',
    });
    expect(await db.syncIssues.count()).toBe(0);
    expect(await db.safetyReports.count()).toBe(0);
    db.close();
  });
});
