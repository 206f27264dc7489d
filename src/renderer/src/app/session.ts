import { createContext, createElement, useContext, type ReactNode } from 'react';
import { permissionsOf, type Id, type Permissions, type Role } from '../../../shared/schemas';
import { createActor, demoUserIds, demoUsers, type Actor, type DemoUserKey } from '../data';

/** Who is using the app: what the UI shows and allows depends on the role. */
export type SessionUser = { userId: Id; displayName: string; role: Role };

/**
 * Browser-mode demos and end-to-end tests may act as another demo account by naming it in
 * localStorage (e.g. `contentApprover`). A stand-in until local sign-in exists (identity issue):
 * it shapes the UI only — approvals still need the signer's password, and the server checks
 * every change against the account's role.
 */
export const demoUserStorageKey = 'medinfo-desk.demo-user';

function isDemoUserKey(value: string | null): value is DemoUserKey {
  return value !== null && Object.hasOwn(demoUserIds, value);
}

/** The demo account acting now: the field officer unless another is named (see above). */
export function demoSessionUser(): SessionUser {
  const stored =
    typeof localStorage === 'undefined' ? null : localStorage.getItem(demoUserStorageKey);
  const key: DemoUserKey = isDemoUserKey(stored) ? stored : 'fieldOfficer';
  const user = demoUsers.find((candidate) => candidate.id === demoUserIds[key]);
  return {
    userId: demoUserIds[key],
    displayName: user?.displayName ?? key,
    role: user?.role ?? 'field-officer',
  };
}

const SessionContext = createContext<SessionUser | null>(null);

/** Puts a user in charge of the tree below (tests inject roles with it). */
export function SessionProvider({
  user,
  children,
}: {
  user: SessionUser;
  children: ReactNode;
}): ReactNode {
  return createElement(SessionContext.Provider, { value: user }, children);
}

/** The user in charge: the provided one, else the demo account. */
export function useSessionUser(): SessionUser {
  return useContext(SessionContext) ?? demoSessionUser();
}

/** What the user in charge may do (src/shared/schemas/user.ts, the roles table). */
export function usePermissions(): Permissions {
  return permissionsOf(useSessionUser().role);
}

/**
 * Who is acting, for writes outside React. Until local sign-in exists every action is
 * attributed to the demo account in charge (the field officer by default), so the audit trail
 * already names a person rather than nobody.
 */
export function currentActor(): Actor {
  return createActor(demoSessionUser().userId);
}

/** The actor for a write by the user in charge, now. */
export function actorFor(user: SessionUser): Actor {
  return createActor(user.userId);
}
