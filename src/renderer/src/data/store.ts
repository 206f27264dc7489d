import type { Id } from '../../../shared/schemas';
import { createDeviceCode, createId, toDeviceTimestamp } from '../../../shared/domain';
import { databaseName, MedinfoDatabase } from './db';
import { lockKeyring } from './crypto/keyring';
import { StoreNotOpenError } from './errors';
import { readMeta, writeMeta } from './meta';
import type { Actor } from './write-synced';

export type OpenDatabaseOptions = {
  /** The IndexedDB name; tests and benchmarks use their own. */
  name?: string;
};

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * Gives the device its id and reference code on first open, in one transaction so two windows
 * opening at once cannot both create one. Returns whether the identity was new.
 */
async function ensureDeviceIdentity(db: MedinfoDatabase): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if (await readMeta(db, 'device')) return false;
    await writeMeta(db, 'device', {
      deviceId: createId(),
      // 32 bytes: rejection sampling needs 3 usable ones; running out is ~1e-40 likely.
      deviceCode: createDeviceCode(randomBytes(32)),
    });
    return true;
  });
}

/**
 * Opens a store (creating it, or upgrading an older one, on first use) and gives the device its
 * identity. The store opens locked: personal data needs a signed-in account (decision 0010; the
 * demo is provisioned from the first-run screen). Throws Dexie's OpenFailedError / VersionError
 * when IndexedDB is unavailable or holds a newer schema.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<MedinfoDatabase> {
  const db = new MedinfoDatabase(options.name ?? databaseName);
  await prepare(db);
  return db;
}

async function prepare(db: MedinfoDatabase): Promise<void> {
  await db.open();
  await ensureDeviceIdentity(db);
}

let current: MedinfoDatabase | null = null;
let opening: Promise<MedinfoDatabase> | null = null;

/**
 * The app's store: call once at start-up, before the first write. Calling it again returns the
 * same store. Throws as `openDatabase`, and a StoreNotOpenError when asked for a different name
 * than the open one.
 */
export async function openStore(options: OpenDatabaseOptions = {}): Promise<MedinfoDatabase> {
  const name = options.name ?? databaseName;
  if (current && current.name !== name) {
    throw new StoreNotOpenError(`The store ${current.name} is open, not ${name}`);
  }
  const db = (current ??= new MedinfoDatabase(name));
  opening ??= prepare(db).then(() => db);
  return opening;
}

/**
 * The app's store, for hooks and repositories. Safe to call before `openStore()` finishes:
 * Dexie opens on first query, so the status bar can render while the store starts; writes wait
 * for the device identity that `openStore()` creates (they throw StoreNotOpenError without it).
 */
export function getDatabase(): MedinfoDatabase {
  current ??= new MedinfoDatabase(databaseName);
  return current;
}

/**
 * Locks and closes the app's store: its keys and everything decrypted from them are dropped
 * (the search index, cached record keys), and the IndexedDB connection is closed. The next
 * `openStore()` opens it again, locked.
 */
export function closeStore(): void {
  if (current) lockKeyring(current);
  current?.close();
  current = null;
  opening = null;
}

/** An actor for a write made now by `userId`, with the device's current UTC offset. */
export function createActor(userId: Id, instant: Date = new Date()): Actor {
  return { userId, at: toDeviceTimestamp(instant) };
}
