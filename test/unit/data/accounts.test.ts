import { describe, expect, it } from 'vitest';
import {
  AccountDisabledError,
  changeAuthority,
  changePassword,
  createAccount,
  createFirstAccount,
  FirstAccountExistsError,
  isStoreUnlocked,
  lockStore,
  PasswordRejectedError,
  PermissionDeniedError,
  resetPassword,
  signElectronically,
  signIn,
  SignInDelayedError,
  UsernameTakenError,
  verifySignature,
  WrongPasswordError,
} from '../../../src/renderer/src/data';
import type { MedinfoDatabase, NewAccount } from '../../../src/renderer/src/data';
import { authorityFields } from '../../../src/renderer/src/data/users-repository';
import { createId } from '../../../src/shared/domain';
import type { User } from '../../../src/shared/schemas';
import { actorAt, openTestStore, testKdfCost } from './store-fixtures';

const options = { kdfCost: testKdfCost };

const firstPerson: NewAccount = {
  username: 'Maja.Lindqvist',
  displayName: 'Maja Lindqvist',
  jobTitle: 'Medical Information Officer',
  email: 'maja@example.org',
  role: 'field-officer',
  password: 'booth-at-esc-2026',
};

async function deviceWithFirstAccount(): Promise<{ db: MedinfoDatabase; first: User }> {
  const db = await openTestStore({ isLocked: true });
  const first = await createFirstAccount(db, firstPerson, options);
  return { db, first };
}

async function signAuthority(db: MedinfoDatabase, signer: User, password: string, record: User) {
  return signElectronically(db, {
    signerUserId: signer.id,
    username: signer.username,
    password,
    meaning: 'approved',
    binding: { table: 'users', recordId: record.id, fields: [...authorityFields] },
    record,
  });
}

describe('the first run', () => {
  it('creates the first account, which manages accounts whatever its role, and signs it in', async () => {
    const { db, first } = await deviceWithFirstAccount();
    expect(first).toMatchObject({
      username: 'maja.lindqvist',
      role: 'field-officer',
      managesDeviceAccounts: true,
    });
    expect(isStoreUnlocked(db)).toBe(true);
    const [event] = await db.audit.toArray();
    expect(event).toMatchObject({ action: 'create', table: 'users', actorUserId: first.id });
    expect(JSON.stringify(await db.credentials.toArray())).not.toContain(firstPerson.password);
  });

  it('happens once: a second first account is refused', async () => {
    const { db } = await deviceWithFirstAccount();
    await expect(
      createFirstAccount(db, { ...firstPerson, username: 'other' }, options),
    ).rejects.toBeInstanceOf(FirstAccountExistsError);
  });

  it('refuses a short password before anything is stored', async () => {
    const db = await openTestStore({ isLocked: true });
    await expect(
      createFirstAccount(db, { ...firstPerson, password: 'short' }, options),
    ).rejects.toBeInstanceOf(PasswordRejectedError);
    expect(await db.users.count()).toBe(0);
    expect(isStoreUnlocked(db)).toBe(false);
  });
});

describe('signing in', () => {
  it('unlocks with the right password, and only with it', async () => {
    const { db, first } = await deviceWithFirstAccount();
    lockStore(db);
    await expect(
      signIn(db, { userId: first.id, password: 'wrong password!' }),
    ).rejects.toBeInstanceOf(WrongPasswordError);
    expect(isStoreUnlocked(db)).toBe(false);
    await signIn(db, { userId: first.id, password: firstPerson.password });
    expect(isStoreUnlocked(db)).toBe(true);
  });

  it('backs off after repeated wrong passwords, counted in the store, and resets on success', async () => {
    const { db, first } = await deviceWithFirstAccount();
    lockStore(db);
    const now = new Date('2026-03-02T10:00:00.000Z');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await expect(
        signIn(db, { userId: first.id, password: 'not my password', now }),
      ).rejects.toBeInstanceOf(WrongPasswordError);
    }
    expect((await db.credentials.get(first.id))?.failedAttempts).toBe(4);
    // Two seconds after the fourth mistake: even the right password is not checked yet.
    const error: unknown = await signIn(db, {
      userId: first.id,
      password: firstPerson.password,
      now,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SignInDelayedError);
    const retry = (error as SignInDelayedError).retryNotBefore.getTime(); // as: asserted above
    // Two seconds after the fourth refusal (plus the few milliseconds the check itself took).
    expect(retry - now.getTime()).toBeGreaterThanOrEqual(2000);
    expect(retry - now.getTime()).toBeLessThan(3000);
    const later = new Date('2026-03-02T10:00:03.000Z');
    await signIn(db, { userId: first.id, password: firstPerson.password, now: later });
    expect((await db.credentials.get(first.id))?.failedAttempts).toBe(0);
  });
});

describe('accounts managed by an administrator', () => {
  const colleague: NewAccount = {
    username: 'tobias.berger',
    displayName: 'Dr. Tobias Berger',
    jobTitle: 'MI Specialist',
    email: null,
    role: 'mi-specialist',
    password: 'headquarters-2026',
  };

  it('creates a colleague who can sign in with their own password, the grant e-signed', async () => {
    const { db, first } = await deviceWithFirstAccount();
    const id = createId();
    const proposed = { id, role: colleague.role, isActive: true, managesDeviceAccounts: false };
    const signature = await signElectronically(db, {
      signerUserId: first.id,
      username: first.username,
      password: firstPerson.password,
      meaning: 'approved',
      binding: { table: 'users', recordId: id, fields: [...authorityFields] },
      record: proposed,
    });
    const created = await createAccount(db, { ...colleague, id }, actorAt(undefined, first.id), {
      ...options,
      signature,
    });
    expect(await verifySignature(db, signature, created)).toMatchObject({ isValid: true });
    expect((await db.signatures.get(signature.id))?.binding.recordId).toBe(created.id);
    lockStore(db);
    await signIn(db, { userId: created.id, password: colleague.password });
    expect(isStoreUnlocked(db)).toBe(true);
    await expect(
      createAccount(db, colleague, actorAt(undefined, first.id), options),
    ).rejects.toBeInstanceOf(UsernameTakenError);
  });

  it('refuses account management to someone without the duty', async () => {
    const { db, first } = await deviceWithFirstAccount();
    const colleagueUser = await createAccount(db, colleague, actorAt(undefined, first.id), options);
    await expect(
      createAccount(
        db,
        { ...colleague, username: 'third.person' },
        actorAt(undefined, colleagueUser.id),
        options,
      ),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('changes a role only with the administrator’s e-signature, and disables an account', async () => {
    const { db, first } = await deviceWithFirstAccount();
    const created = await createAccount(db, colleague, actorAt(undefined, first.id), options);
    const promoted = { ...created, role: 'content-approver' as const }; // as: a role literal
    const signature = await signAuthority(db, first, firstPerson.password, promoted);
    await changeAuthority(
      db,
      created.id,
      { role: 'content-approver' },
      actorAt(undefined, first.id),
      signature,
    );
    expect((await db.users.get(created.id))?.role).toBe('content-approver');
    expect(await verifySignature(db, signature, await db.users.get(created.id))).toEqual({
      isValid: true,
      isImageChecked: false,
    });
    const disabled = { ...promoted, isActive: false };
    const second = await signAuthority(db, first, firstPerson.password, disabled);
    await changeAuthority(
      db,
      created.id,
      { isActive: false },
      actorAt(undefined, first.id),
      second,
    );
    lockStore(db);
    await expect(
      signIn(db, { userId: created.id, password: colleague.password }),
    ).rejects.toBeInstanceOf(AccountDisabledError);
  });

  it('keeps at least one active account manager', async () => {
    const { db, first } = await deviceWithFirstAccount();
    const withoutDuty = { ...first, managesDeviceAccounts: false };
    const signature = await signAuthority(db, first, firstPerson.password, withoutDuty);
    await expect(
      changeAuthority(
        db,
        first.id,
        { managesDeviceAccounts: false },
        actorAt(undefined, first.id),
        signature,
      ),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe('passwords', () => {
  it('change: the old one stops working, the new one unlocks, earlier signatures still verify', async () => {
    const { db, first } = await deviceWithFirstAccount();
    const signature = await signAuthority(db, first, firstPerson.password, first);
    await changePassword(
      db,
      {
        userId: first.id,
        currentPassword: firstPerson.password,
        newPassword: 'a brand new passphrase',
        kdfCost: testKdfCost,
      },
      actorAt(undefined, first.id),
    );
    lockStore(db);
    await expect(
      signIn(db, { userId: first.id, password: firstPerson.password }),
    ).rejects.toBeInstanceOf(WrongPasswordError);
    await signIn(db, { userId: first.id, password: 'a brand new passphrase' });
    expect((await verifySignature(db, signature, first)).isValid).toBe(true);
    const events = await db.audit.filter((event) => event.table === 'users').toArray();
    expect(events.at(-1)?.changes.map((change) => change.field)).toEqual(['passwordChangedAt']);
  });

  it('reset by an administrator: a new signing key, the old one kept so old signatures verify', async () => {
    const { db, first } = await deviceWithFirstAccount();
    const colleagueUser = await createAccount(
      db,
      { ...firstPerson, username: 'colleague', role: 'mi-specialist' },
      actorAt(undefined, first.id),
      options,
    );
    const oldSignature = await signAuthority(
      db,
      colleagueUser,
      firstPerson.password,
      colleagueUser,
    );
    await resetPassword(
      db,
      { userId: colleagueUser.id, newPassword: 'temporary-password-1', kdfCost: testKdfCost },
      actorAt(undefined, first.id),
    );
    const after = await db.users.get(colleagueUser.id);
    expect(after?.signingKeys).toHaveLength(2);
    expect((await verifySignature(db, oldSignature, colleagueUser)).isValid).toBe(true);
    lockStore(db);
    await signIn(db, { userId: colleagueUser.id, password: 'temporary-password-1' });
    expect(isStoreUnlocked(db)).toBe(true);
  });
});
