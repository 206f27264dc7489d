import { permissionsOf, type Permissions, type Role } from '../../../shared/schemas';
import { createActor, demoUserIds, type Actor, type DemoUserKey } from '../data';

/*
 * Who is using the app. Until local sign-in exists the user is one of the demo accounts: the
 * field officer unless another was chosen with `signInAsDemoUser` (kept in this profile's local
 * storage, so a reload keeps it). The role only shapes the UI; the server checks every request.
 */

const demoUserStorageKey = 'medinfo-desk.demo-user';

const demoRoles: Record<DemoUserKey, Role> = {
  system: 'admin',
  fieldOfficer: 'field-officer',
  miSpecialist: 'mi-specialist',
  contentApprover: 'content-approver',
  pvLiaison: 'pv-liaison',
  admin: 'admin',
};

function isDemoUserKey(value: string | null): value is DemoUserKey {
  return value !== null && value !== 'system' && Object.hasOwn(demoUserIds, value);
}

function currentDemoUser(): DemoUserKey {
  try {
    const chosen = window.localStorage.getItem(demoUserStorageKey);
    return isDemoUserKey(chosen) ? chosen : 'fieldOfficer';
  } catch {
    // Storage can be unavailable (a locked-down profile): act as the default user.
    return 'fieldOfficer';
  }
}

/** Acts as another demo account from now on (a "sign in as" for demos and end-to-end tests). */
export function signInAsDemoUser(user: Exclude<DemoUserKey, 'system'>): void {
  window.localStorage.setItem(demoUserStorageKey, user);
}

/** Who is acting: every write is attributed to a person, so the audit trail names one. */
export function currentActor(): Actor {
  return createActor(demoUserIds[currentDemoUser()]);
}

/** The current user's role. */
export function currentRole(): Role {
  return demoRoles[currentDemoUser()];
}

/** What the current user's role allows (PRODUCT.md roles table), for shaping the UI. */
export function currentPermissions(): Permissions {
  return permissionsOf(currentRole());
}

/** A signed-in session with the sync server. */
export type ServerConnection = { serverUrl: string; token: string };

/**
 * The session with the sync server, or null while signed out. Server sign-in is being built with
 * the sync engine; until it lands there is never one, and features fall back to local data.
 */
export function currentServerConnection(): ServerConnection | null {
  return null;
}
