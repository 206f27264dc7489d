import type { Reference, ReferencePrefix } from '../../../shared/schemas';
import { formatReference } from '../../../shared/domain';
import type { MedinfoDatabase } from './db';
import { requireDeviceIdentity } from './audit-log';
import { readCounter, writeCounter } from './meta';

/**
 * Allocates `count` consecutive references for `year` from this device's counter. Runs inside
 * the caller's rw transaction over `meta` (and the records' table), so a reference is used by
 * the record that got it or returned to the counter when the transaction fails: no gaps from
 * failed saves, no duplicates (docs/decisions/0004). Throws StoreNotOpenError without a device
 * identity.
 */
export async function allocateReferences(
  db: MedinfoDatabase,
  prefix: ReferencePrefix,
  year: number,
  count: number,
): Promise<Reference[]> {
  const device = await requireDeviceIdentity(db);
  const counterKey = `reference:${prefix}:${year}`;
  const last = await readCounter(db, counterKey);
  await writeCounter(db, counterKey, last + count);
  return Array.from({ length: count }, (_, index) =>
    formatReference({ prefix, year, deviceCode: device.deviceCode, counter: last + index + 1 }),
  );
}
