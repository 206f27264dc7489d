/**
 * Identity: who is signed in, what they may do, the one e-signature service, the lock, and the
 * screens of accounts and personal data. Other features use:
 * - `useCurrentUser()`, `usePermissions()`, `useCan(permission)` — the signed-in person;
 * - `useSignatureDialog()` → `requestSignature(…)` / `requestHandwrittenSignature(…)`;
 * - `verifySignature(signature, record)` — does a signature still hold for a record;
 * - `lockSession()` — lock now.
 * Outside components, `currentActor()` in app/session.ts names who acts.
 */
export { IdentityGate } from './IdentityGate';
export { UserMenu } from './UserMenu';
export { UsersPage } from './UsersPage';
export { SecurityPage } from './SecurityPage';
export { DeviceDataPage } from './DeviceDataPage';
export { useSignatureDialog } from './SignatureProvider';
export type { SignatureRequest, HandwrittenSignatureRequest } from './SignatureProvider';
export {
  useCurrentUser,
  usePermissions,
  useCan,
  useSessionState,
  getSession,
} from './session-store';
export type { SessionState, SessionStatus } from './session-store';
export { lockSession } from './session-actions';
export { verifySignatureOf as verifySignature } from './verify';
