import type { Role } from '../../../../shared/schemas';

/** Why a sign-in or sign-out was refused before anything changed. */
export type SessionRefusal =
  'account-mismatch' | 'demo-store' | 'different-user' | 'invalid-server-url' | 'unsynced-data';

/** A sign-in or sign-out refused on purpose, with its reason; nothing was changed. */
export class SessionRefusedError extends Error {
  override name = 'SessionRefusedError';
  constructor(
    readonly reason: SessionRefusal,
    message: string,
  ) {
    super(message);
  }
}

/**
 * How the server account differs from the person signed in on this laptop (decision 0078):
 * - `no-local-account`: the signed-in person has no account here any more (the demo was removed);
 * - `username`: another person's server account (the user IDs differ);
 * - `role`: the same person, but the server gives them another role than this laptop does;
 * - `linked-elsewhere`: this local account is linked to another server account already;
 * - `server-account-taken`: another local account is linked to this server account.
 */
export type AccountMismatch =
  | { kind: 'no-local-account' }
  | { kind: 'username'; localUsername: string; serverUsername: string }
  | { kind: 'role'; localRole: Role; serverRole: Role }
  | { kind: 'linked-elsewhere'; localUsername: string }
  | { kind: 'server-account-taken'; serverUsername: string; otherUsername: string };

const mismatchMessages: { [K in AccountMismatch['kind']]: string } = {
  'no-local-account': 'The person signing in has no account on this device.',
  username: 'The server account belongs to another person than the one signed in here.',
  role: 'The server gives this person another role than this device does.',
  'linked-elsewhere': 'This account is already linked to another server account.',
  'server-account-taken': 'Another account of this device is linked to this server account.',
};

/**
 * The server account is not the signed-in person's (same user ID, or the server account it was
 * linked to, and the same role): refused, never merged; nothing was changed on the device.
 */
export class AccountMismatchError extends SessionRefusedError {
  override name = 'AccountMismatchError';
  constructor(readonly mismatch: AccountMismatch) {
    super('account-mismatch', mismatchMessages[mismatch.kind]);
  }
}
