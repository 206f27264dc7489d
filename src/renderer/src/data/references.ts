import type { Reference, ReferencePrefix } from '../../../shared/schemas';
import { formatReference, parseReference } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { requireDeviceIdentity } from './audit-log';
import { readCounter, writeCounter } from './meta';

function counterKeyOf(prefix: ReferencePrefix, year: number): string {
  return `reference:${prefix}:${year}`;
}

/**
 * The next `count` references for `year` from this device's counter, read OUTSIDE the write's
 * transaction (the outbox payload that carries them is sealed before it). Nothing is taken yet:
 * `claimReferences` takes them inside the transaction, which commits only if no other write
 * came in between — so a failed save still returns its numbers and concurrent saves never share
 * one (docs/decisions/0004, 0011). Throws StoreNotOpenError without a device identity.
 */
export async function peekReferences(
  db: MedinfoDatabase,
  prefix: ReferencePrefix,
  year: number,
  count: number,
): Promise<Reference[]> {
  const device = await requireDeviceIdentity(db);
  const last = await readCounter(db, counterKeyOf(prefix, year));
  return Array.from({ length: count }, (_, index) =>
    formatReference({ prefix, year, deviceCode: device.deviceCode, counter: last + index + 1 }),
  );
}

/**
 * Takes the references `peekReferences` offered: moves the counter past the last of them. Runs
 * inside the write's rw transaction over `meta`.
 */
export async function claimReferences(
  db: MedinfoDatabase,
  counter: { prefix: ReferencePrefix; year: number },
  references: readonly Reference[],
): Promise<void> {
  const last = references.at(-1);
  if (last === undefined) return;
  const parts = parseReference(last);
  if (parts === null) throw new RangeError(`Not a reference: ${last}`);
  await writeCounter(db, counterKeyOf(counter.prefix, counter.year), parts.counter);
}
