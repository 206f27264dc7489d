import type { Id, Permissions, Role } from '../../../shared/schemas';
import { permissionsOfUser } from '../../../shared/schemas';
import { createActor, getAppSyncEngine, type Actor } from '../data';
import { getSession, useCurrentUser, usePermissions } from '../features/identity';

/**
 * Who is acting: the signed-in person, stamped with the current time, for every write and audit
 * event (21 CFR 11.10(e): the trail names who did it). Throws when nobody is signed in — the
 * screens that write are not rendered then (features/identity, IdentityGate).
 */
export function currentActor(): Actor {
  const { status, user } = getSession();
  if (status !== 'signed-in' || user === null) throw new Error('Nobody is signed in');
  return createActor(user.id);
}

/** The signed-in person's id; re-renders when the session changes. */
export function useCurrentUserId(): Id {
  return useCurrentUser().id;
}

/** What the signed-in person may do (for the UI only: the server checks for itself). */
export function useCurrentPermissions(): Permissions {
  return usePermissions();
}

/** The signed-in person's role, outside React; throws when nobody is signed in. */
export function currentRole(): Role {
  const { user } = getSession();
  if (user === null) throw new Error('Nobody is signed in');
  return user.role;
}

/** What the signed-in person may do, outside React (for the UI only). */
export function currentPermissions(): Permissions {
  const { user } = getSession();
  if (user === null) throw new Error('Nobody is signed in');
  return permissionsOfUser(user);
}

/** A signed-in session with the sync server. */
export type ServerConnection = { serverUrl: string; token: string };

/**
 * The sync engine's session with the server (Settings → Sync), or null while signed out of the
 * server or after it refused the token; features then fall back to local data.
 */
export function currentServerConnection(): ServerConnection | null {
  return getAppSyncEngine()?.connection() ?? null;
}
