import { matchValuesOf } from '../../../shared/identity';
import type { Inquiry } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { requireKeyring } from './crypto/keyring';
import { matchKeyOf } from './crypto/match-keys';
import { recordsFromRows } from './read-records';

/**
 * Inquiries from the same person, matched exactly on the normalised e-mail, name or phone
 * through their keyed hashes (an indexed field): no personal text is searched or stored in an
 * index (ARCHITECTURE.md, Data). Deleted inquiries are left out; the most recent come first.
 * Throws StoreLockedError while locked.
 */
export async function findInquiriesByRequester(
  db: MedinfoDatabase,
  person: { name?: string | null; email?: string | null; phone?: string | null },
): Promise<Inquiry[]> {
  const keyring = requireKeyring(db);
  const keys = await Promise.all(matchValuesOf(person).map((match) => matchKeyOf(keyring, match)));
  if (keys.length === 0) return [];
  const rows = await db.inquiries.where('matchKeys').anyOf(keys).distinct().toArray();
  const inquiries = await recordsFromRows(
    db,
    'inquiries',
    rows.filter((row) => !row.deleted),
  );
  return inquiries.sort(
    (left, right) => Date.parse(right.receivedAt) - Date.parse(left.receivedAt),
  );
}
