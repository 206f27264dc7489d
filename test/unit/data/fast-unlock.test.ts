import { describe, expect, it, vi } from 'vitest';
import {
  createFirstAccount,
  disableFastUnlock,
  enableFastUnlock,
  isStoreUnlocked,
  lockStore,
  NoCredentialsError,
  signInFast,
  WrongPasswordError,
} from '../../../src/renderer/src/data';
import type { SecretProtector } from '../../../src/renderer/src/data';
import { openTestStore, testKdfCost } from './store-fixtures';

const password = 'booth-at-esc-2026';

/** Stands in for the OS key store: keeps secrets in a map, hands out opaque handles. */
function fakeKeyStore(): SecretProtector & { secrets: Map<string, string> } {
  const secrets = new Map<string, string>();
  return {
    secrets,
    protect: vi.fn((secret: string) => {
      const handle = `handle${secrets.size}`;
      secrets.set(handle, secret);
      return Promise.resolve(handle);
    }),
    unprotect: vi.fn((handle: string) => {
      const secret = secrets.get(handle);
      return secret === undefined
        ? Promise.reject(new Error('unknown handle'))
        : Promise.resolve(secret);
    }),
  };
}

describe('fast unlock with the operating system’s key store', () => {
  it('unlocks with the password checked against the OS-protected check, and refuses a wrong one', async () => {
    const db = await openTestStore({ isLocked: true });
    const user = await createFirstAccount(
      db,
      {
        username: 'maja',
        displayName: 'Maja',
        jobTitle: 'MIO',
        email: null,
        role: 'field-officer',
        password,
      },
      { kdfCost: testKdfCost },
    );
    const keyStore = fakeKeyStore();
    const now = new Date();
    await enableFastUnlock(db, { userId: user.id, password, now }, keyStore);
    // Only an opaque handle is in the store; the device key sits in the OS key store.
    expect((await db.credentials.get(user.id))?.fastUnlock?.protectedSecret).toBe('handle0');
    lockStore(db);
    await expect(
      signInFast(db, { userId: user.id, password: 'wrong password!', now }, keyStore),
    ).rejects.toBeInstanceOf(WrongPasswordError);
    expect(isStoreUnlocked(db)).toBe(false);
    await signInFast(db, { userId: user.id, password, now }, keyStore);
    expect(isStoreUnlocked(db)).toBe(true);
    await disableFastUnlock(db, user.id);
    lockStore(db);
    await expect(
      signInFast(db, { userId: user.id, password, now }, keyStore),
    ).rejects.toBeInstanceOf(NoCredentialsError);
  });

  it('is not switched on when the OS refuses to protect the secret', async () => {
    const db = await openTestStore({ isLocked: true });
    const user = await createFirstAccount(
      db,
      {
        username: 'maja',
        displayName: 'Maja',
        jobTitle: 'MIO',
        email: null,
        role: 'field-officer',
        password,
      },
      { kdfCost: testKdfCost },
    );
    const refusing: SecretProtector = {
      protect: () =>
        Promise.reject(new Error('secure-storage: refused, the OS stores secrets in plain text')),
      unprotect: () => Promise.reject(new Error('unused')),
    };
    await expect(
      enableFastUnlock(db, { userId: user.id, password, now: new Date() }, refusing),
    ).rejects.toThrow('plain text');
    expect((await db.credentials.get(user.id))?.fastUnlock).toBeNull();
  });
});
