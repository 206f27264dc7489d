import type { MedinfoDatabase } from './db';
import { findKeyring, lockKeyring } from './crypto/keyring';

/** Whether someone is signed in: the store's keys are in memory. */
export function isStoreUnlocked(db: MedinfoDatabase): boolean {
  return findKeyring(db) !== null;
}

/**
 * Locks the store without closing it: keys, cached record keys and the personal search index
 * are dropped; reading personal data throws StoreLockedError until the next sign-in.
 */
export function lockStore(db: MedinfoDatabase): void {
  lockKeyring(db);
}
