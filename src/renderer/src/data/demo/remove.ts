import { defaultSettings } from '../../../../shared/schemas';
import type { Timestamp } from '../../../../shared/schemas';
import type { MedinfoDatabase } from '../db';
import { tableScopes } from '../db';
import { deleteMeta, readMeta, writeMeta } from '../meta';

/**
 * Leaving the demo (decision 0074). A demo store holds the fictional Halvorsen Pharma and never
 * syncs to a company server; removing the demo empties the store (records, outbox, audit trail,
 * demo accounts and letterhead) and marks it so the demo is never seeded again. The device keeps
 * its identity and its mutation counter.
 */

/** Outbox rows of a demo store written by people after the seeding: practice or real work. */
export async function countChangesAfterDemoSeeding(db: MedinfoDatabase): Promise<number> {
  const seededAt = await readMeta(db, 'demoSeededAt');
  if (seededAt === undefined) return 0;
  return db.outbox.filter((entry) => entry.createdAt !== seededAt).count();
}

/**
 * Empties a demo store for use with a company server. Refused (RangeError) while people's
 * changes are in it, unless `isExported` says they were exported first (see unsynced-export.ts).
 * @returns false when the store holds no demo (nothing done)
 */
export async function removeDemoData(
  db: MedinfoDatabase,
  now: Timestamp,
  isExported: boolean,
): Promise<boolean> {
  if ((await readMeta(db, 'demoSeededAt')) === undefined) return false;
  const changes = await countChangesAfterDemoSeeding(db);
  if (changes > 0 && !isExported) {
    throw new RangeError(`${changes} changes were made in the demo store: export them first`);
  }
  const cleared = Object.entries(tableScopes)
    .filter(([name]) => name !== 'meta')
    .map(([name]) => db.table(name));
  await db.transaction('rw', [...cleared, db.meta], async () => {
    for (const table of cleared) await table.clear();
    await db.settings.put(defaultSettings);
    // A new, empty audit chain: the demo's trail described fictional records only.
    await deleteMeta(db, 'auditHead');
    await deleteMeta(db, 'demoSeededAt');
    await writeMeta(db, 'pendingMutations', 0);
    await writeMeta(db, 'demoRemovedAt', now);
  });
  return true;
}
