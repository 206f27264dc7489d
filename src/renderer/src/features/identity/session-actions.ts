import {
  buildPersonalSearchIndex,
  closeStore,
  getDatabase,
  hasAccounts,
  isFastUnlockEnabled,
  protectLegacyPersonalData,
  resealOutbox,
  signIn,
  signInFast,
} from '../../data';
import type { Id, User } from '../../../../shared/schemas';
import { createLogger, secretProtector } from '../../platform';
import { getSession, setSession } from './session-store';

const log = createLogger('identity');

/**
 * After every unlock: protect personal data written before encryption existed, seal the outbox
 * for the server if its key became known, and build the personal search index. Failures are
 * logged and never block the person who just signed in.
 */
async function afterUnlock(): Promise<void> {
  const db = getDatabase();
  try {
    await protectLegacyPersonalData(db);
    await resealOutbox(db);
  } catch (error) {
    log.error('Protecting or sealing stored data failed', error);
  }
  buildPersonalSearchIndex(db).catch((error: unknown) => {
    log.error('Building the personal search index failed', error);
  });
}

/** Starts the session once the store is open: first run, or the sign-in screen. */
export async function startSession(): Promise<void> {
  const isFirstRun = !(await hasAccounts(getDatabase()));
  setSession({
    status: isFirstRun ? 'first-run' : 'signed-out',
    user: null,
    hasSignedWithUserId: false,
  });
}

/** Marks `user` as signed in (the store is already unlocked) and runs the after-unlock work. */
export function beginSession(user: User): void {
  setSession({ status: 'signed-in', user, hasSignedWithUserId: false });
  void afterUnlock();
}

/**
 * Signs a person in: fast unlock through the OS key store when they turned it on (and the OS
 * still offers it), the password-derived key otherwise. Throws as `signIn`.
 */
export async function signInAs(userId: Id, password: string): Promise<User> {
  const db = getDatabase();
  const now = new Date();
  const user = (await isFastUnlockEnabled(db, userId))
    ? await signInFast(db, { userId, password, now }, secretProtector()).catch((error: unknown) => {
        // The OS key store may have been reset: the password still unlocks the normal way.
        if (error instanceof Error && error.name === 'WrongPasswordError') throw error;
        log.warn('Fast unlock failed; unlocking with the password instead', error);
        return signIn(db, { userId, password, now });
      })
    : await signIn(db, { userId, password, now });
  beginSession(user);
  return user;
}

/**
 * Locks now (idle, suspend, screen lock, Ctrl+L): the store's keys, every decrypted value and
 * the search index are dropped, the store is closed, and the screen shows only the lock screen
 * (decision 0013). `showsWhoWasSignedIn` false signs out instead (switch user).
 */
export function lockSession(showsWhoWasSignedIn = true): void {
  const { status, user } = getSession();
  if (status !== 'signed-in') return;
  closeStore();
  setSession({
    status: showsWhoWasSignedIn ? 'locked' : 'signed-out',
    user: showsWhoWasSignedIn ? user : null,
    hasSignedWithUserId: false,
  });
}

/** Records that the person signed with both components in this continuous session. */
export function markSignedWithUserId(): void {
  const session = getSession();
  if (session.status === 'signed-in') setSession({ ...session, hasSignedWithUserId: true });
}

/** Refreshes the signed-in person after their account changed (name, role). */
export function refreshSessionUser(user: User): void {
  const session = getSession();
  if (session.status === 'signed-in' && session.user?.id === user.id)
    setSession({ ...session, user });
}
