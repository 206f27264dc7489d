import { afterEach } from 'vitest';
import { openDatabase } from '../../../src/renderer/src/data';
import type { Actor, MedinfoDatabase } from '../../../src/renderer/src/data';
import { testIds } from '../shared/fixtures';

const opened: MedinfoDatabase[] = [];

/** A fresh, empty store with a device identity; deleted after the test. */
export async function openTestStore(
  options: { withDemoData?: boolean; now?: Date } = {},
): Promise<MedinfoDatabase> {
  const db = await openDatabase({ name: `test-${crypto.randomUUID()}`, ...options });
  opened.push(db);
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
