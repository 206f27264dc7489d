import { afterEach } from 'vitest';
import { openDatabase } from '../../../src/renderer/src/data';
import type { Actor, MedinfoDatabase } from '../../../src/renderer/src/data';
import { unlockKeyring } from '../../../src/renderer/src/data/crypto/keyring';
import type { KdfCost } from '../../../src/renderer/src/data/crypto/password-kdf';
import { seedDemoData } from '../../../src/renderer/src/data/demo';
import { testIds } from '../shared/fixtures';

const opened: MedinfoDatabase[] = [];

/**
 * Argon2id at a test cost: the real cost (64 MiB, 3 passes, ~1 s) would make every account
 * test slow without testing anything more. Stored with each verifier like the real one.
 */
export const testKdfCost: KdfCost = { memoryKiB: 64, iterations: 1, parallelism: 1 };

/**
 * A fresh store with a device identity, unlocked with a random device key (as after a sign-in),
 * optionally with the demo company; deleted after the test. `isLocked` leaves it locked.
 */
export async function openTestStore(
  options: { withDemoData?: boolean; now?: Date; isLocked?: boolean } = {},
): Promise<MedinfoDatabase> {
  const db = await openDatabase({ name: `test-${crypto.randomUUID()}` });
  opened.push(db);
  if (options.isLocked) return db;
  await unlockKeyring(db, crypto.getRandomValues(new Uint8Array(32)));
  if (options.withDemoData) await seedDemoData(db, options.now ?? new Date());
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** The test user acting at a fixed time (Berlin winter time). */
export function actorAt(
  at = '2026-03-02T10:00:00.000+01:00',
  userId: string = testIds.user,
): Actor {
  return { userId, at };
}

/** Counts of the three things one write must add together, or not at all. */
export async function writeFootprint(
  db: MedinfoDatabase,
): Promise<{ inquiries: number; products: number; outbox: number; audit: number }> {
  return {
    inquiries: await db.inquiries.count(),
    products: await db.products.count(),
    outbox: await db.outbox.count(),
    audit: await db.audit.count(),
  };
}
