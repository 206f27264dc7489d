import type { MedinfoDatabase } from '../db';
import { StoreLockedError } from '../errors';
import { importAesKey, toBuffer } from './web-crypto';

/**
 * The keys of an unlocked store, held in memory only while someone is signed in. The device
 * data key (DDK) is never stored readable: it is wrapped by each account's password-derived key
 * (and, when enabled, by the OS key store). From it, HKDF derives one key per use.
 */
export type Keyring = {
  /** The DDK itself, exportable only so it can be wrapped for another account or fast unlock. */
  deviceKey: CryptoKey;
  /** Wraps the per-record data keys. */
  recordKeyWrapping: CryptoKey;
  /** HMAC-SHA256 of normalised values for exact matching (duplicates, e-mail). */
  matching: CryptoKey;
  /** Encrypts form drafts. */
  drafts: CryptoKey;
  /** Unwrapped per-record keys, so a list does not unwrap the same key twice. */
  recordKeys: Map<string, CryptoKey>;
};

const keyrings = new WeakMap<MedinfoDatabase, Keyring>();
const lockListeners = new WeakMap<MedinfoDatabase, Set<() => void>>();

async function deriveKey(
  base: CryptoKey,
  info: string,
  algorithm: AesKeyGenParams | HmacKeyGenParams,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  return Promise.resolve(
    crypto.subtle.deriveKey(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: new Uint8Array(32),
        info: new TextEncoder().encode(info),
      },
      base,
      algorithm,
      false,
      usages,
    ),
  );
}

/**
 * Unlocks `db` with the raw device data key (32 bytes): derives the working keys and keeps them
 * for this store until `lockKeyring`. The caller's copy of the raw bytes is zeroed.
 */
export async function unlockKeyring(
  db: MedinfoDatabase,
  rawDeviceKey: Uint8Array,
): Promise<Keyring> {
  if (rawDeviceKey.length !== 32) throw new RangeError('A device data key has 32 bytes');
  try {
    const base = await Promise.resolve(
      crypto.subtle.importKey('raw', toBuffer(rawDeviceKey), 'HKDF', false, ['deriveKey']),
    );
    const aes = { name: 'AES-GCM', length: 256 } as const;
    const keyring: Keyring = {
      deviceKey: await importAesKey(rawDeviceKey, true),
      recordKeyWrapping: await deriveKey(base, 'medinfo-desk record keys v1', aes, [
        'encrypt',
        'decrypt',
      ]),
      matching: await deriveKey(
        base,
        'medinfo-desk match keys v1',
        { name: 'HMAC', hash: 'SHA-256', length: 256 },
        ['sign'],
      ),
      drafts: await deriveKey(base, 'medinfo-desk drafts v1', aes, ['encrypt', 'decrypt']),
      recordKeys: new Map(),
    };
    keyrings.set(db, keyring);
    return keyring;
  } finally {
    rawDeviceKey.fill(0);
  }
}

/** The raw bytes of the unlocked device key (to wrap it for an account); zero them after use. */
export async function exportDeviceKey(keyring: Keyring): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Promise.resolve(crypto.subtle.exportKey('raw', keyring.deviceKey)));
}

/**
 * Locks `db`: forgets its keys and cached record keys, and tells everything that holds
 * decrypted data for it (the personal search index) to drop it.
 */
export function lockKeyring(db: MedinfoDatabase): void {
  const keyring = keyrings.get(db);
  keyring?.recordKeys.clear();
  keyrings.delete(db);
  for (const listener of lockListeners.get(db) ?? []) listener();
}

/** Calls `listener` whenever `db` locks; returns the unsubscribe function. */
export function onKeyringLocked(db: MedinfoDatabase, listener: () => void): () => void {
  const listeners = lockListeners.get(db) ?? new Set();
  listeners.add(listener);
  lockListeners.set(db, listeners);
  return () => listeners.delete(listener);
}

/** The keys of `db`, or null while it is locked. */
export function findKeyring(db: MedinfoDatabase): Keyring | null {
  return keyrings.get(db) ?? null;
}

/** The keys of `db`. Throws StoreLockedError while it is locked. */
export function requireKeyring(db: MedinfoDatabase): Keyring {
  const keyring = keyrings.get(db);
  if (!keyring) throw new StoreLockedError();
  return keyring;
}
