import { useSyncExternalStore } from 'react';
import { permissionsOfUser } from '../../../../shared/schemas';
import type { Permissions, User } from '../../../../shared/schemas';

/**
 * Who is signed in on this window. Kept outside React so code that runs outside components
 * (`currentActor()` in app/session.ts) reads the same truth; components use `useSession()`.
 *
 * - `starting`: the store is opening.
 * - `first-run`: no account can sign in yet (create one, or explore the demo).
 * - `signed-out`: accounts exist, nobody is signed in (also after "switch user").
 * - `locked`: the person who was signed in is shown; anyone may sign in instead.
 * - `signed-in`: the store is unlocked for `user`.
 */
export type SessionStatus = 'starting' | 'first-run' | 'signed-out' | 'locked' | 'signed-in';

export type SessionState = {
  status: SessionStatus;
  /** The signed-in person (signed-in), or the person who was when it locked (locked). */
  user: User | null;
  /**
   * Whether this person already signed with user ID and password since signing in: later
   * signings in the same continuous session ask the password only (21 CFR 11.200(a)(1)(i)).
   */
  hasSignedWithUserId: boolean;
};

let state: SessionState = { status: 'starting', user: null, hasSignedWithUserId: false };
const listeners = new Set<() => void>();

/** The session now. */
export function getSession(): SessionState {
  return state;
}

/** Replaces the session and tells every subscriber. */
export function setSession(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session, re-rendering on every change. */
export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribe, getSession);
}

/** The signed-in person. Throws when nobody is: only screens behind the sign-in call it. */
export function useCurrentUser(): User {
  const { status, user } = useSessionState();
  if (status !== 'signed-in' || user === null) throw new Error('Nobody is signed in');
  return user;
}

/**
 * What the signed-in person may do (the role table of PRODUCT.md; the first account of a device
 * also manages accounts). For the UI only: the server checks every change itself.
 */
export function usePermissions(): Permissions {
  return permissionsOfUser(useCurrentUser());
}

/** Whether the signed-in person may do one thing, e.g. `useCan('canManageUsers')`. */
export function useCan(permission: keyof Permissions): boolean {
  return usePermissions()[permission];
}
