import { useSyncExternalStore } from 'react';
import type { Id, Permissions, Role, User } from '../../../shared/schemas';
import { permissionsOf } from '../../../shared/schemas';
import { createActor, demoUserIds, demoUsers, useUser, type Actor } from '../data';

/*
 * Who is acting. Until sign-in exists (the identity work) the user picks one of the demo
 * accounts in Settings; the choice is kept in this browser profile. Every write is attributed
 * to that account, so the audit trail already names a person rather than nobody.
 */

const storageKey = 'medinfo.actingUserId';
const listeners = new Set<() => void>();

function storedUserId(): Id {
  try {
    return window.localStorage.getItem(storageKey) ?? demoUserIds.fieldOfficer;
  } catch {
    return demoUserIds.fieldOfficer;
  }
}

let actingUserId: Id = storedUserId();

/** The account whose actions these are now. */
export function currentUserId(): Id {
  return actingUserId;
}

/** An actor for a write made now by the current account. */
export function currentActor(): Actor {
  return createActor(actingUserId);
}

/** Acts as another (demo) account from now on. */
export function setCurrentUser(id: Id): void {
  actingUserId = id;
  try {
    window.localStorage.setItem(storageKey, id);
  } catch {
    // A profile without storage keeps the choice for this session only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current account's id; re-renders when it changes. */
export function useCurrentUserId(): Id {
  return useSyncExternalStore(subscribe, currentUserId);
}

/** The current account; undefined while loading, null when it does not exist. */
export function useCurrentUser(): User | null | undefined {
  return useUser(useCurrentUserId());
}

/** What the current account may do (for the UI only: the server checks for itself). */
export function useCurrentPermissions(): Permissions | undefined {
  const user = useCurrentUser();
  return user ? permissionsOf(user.role) : undefined;
}

const demoRoles = new Map<Id, Role>(demoUsers.map((user) => [user.id, user.role]));

/** The current account's role, outside React (unknown accounts act as field officers). */
export function currentRole(): Role {
  // Read from storage each time: another window (or a test) may have switched the account.
  return demoRoles.get(storedUserId()) ?? 'field-officer';
}

/** What the current account may do, outside React (for the UI only). */
export function currentPermissions(): Permissions {
  return permissionsOf(currentRole());
}

/** A signed-in session with the sync server. */
export type ServerConnection = { serverUrl: string; token: string };

/**
 * The session with the sync server, or null while signed out. Until the sync engine signs in
 * there is never one, and features fall back to local data.
 */
export function currentServerConnection(): ServerConnection | null {
  return null;
}
