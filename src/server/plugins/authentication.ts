import type { FastifyRequest } from 'fastify';
import type { AccessSubject, AuthErrorCode, ErrorBody } from '../../shared/sync';
import type { Database } from '../database/database';
import { hashDeviceToken } from '../crypto/tokens';
import { findTokenOwner } from '../repositories/devices-repository';
import { shareWithParent } from './share-with-parent';

/** The authenticated caller: a user on one device. */
export type Caller = AccessSubject & { deviceId: string; username: string };

// Per-request state without augmenting Fastify's types; entries vanish with their request.
const callers = new WeakMap<FastifyRequest, Caller>();

const MESSAGES: Readonly<Record<AuthErrorCode, string>> = {
  'missing-token': 'Send Authorization: Bearer <token> (from POST /api/v1/auth/login).',
  'invalid-token':
    'This token is not valid (it may have been replaced by a newer login). Log in again.',
  'token-expired': 'This device token has expired. Log in again.',
  'token-revoked': 'This device was revoked by an administrator. Log in again to register it anew.',
  'invalid-credentials': 'Wrong user name or password.',
};

/**
 * The caller of an authenticated route.
 * @throws Error when used on a route outside the authenticated scope (a programming error)
 */
export function getCaller(request: FastifyRequest): Caller {
  const caller = callers.get(request);
  if (caller === undefined) throw new Error('getCaller() on a route without authentication.');
  return caller;
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/u.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Requires a valid device token on every route of the scope that registers it; 401 otherwise. */
export const authenticationPlugin = shareWithParent<{ database: Database }>((app, options) => {
  app.addHook('onRequest', async (request, reply) => {
    const token = bearerToken(request.headers.authorization);
    const owner =
      token === null ? null : await findTokenOwner(options.database, hashDeviceToken(token));
    let code: AuthErrorCode | null = null;
    if (token === null) code = 'missing-token';
    else if (owner === null) code = 'invalid-token';
    else if (owner.isRevoked) code = 'token-revoked';
    else if (owner.isExpired) code = 'token-expired';
    if (code !== null || owner === null) {
      const error = code ?? 'invalid-token';
      await reply
        .code(401)
        .header('www-authenticate', `Bearer error="invalid_token"`)
        .send({ error, message: MESSAGES[error] } satisfies ErrorBody);
      return;
    }
    callers.set(request, {
      userId: owner.userId,
      username: owner.username,
      role: owner.role,
      permissions: owner.permissions,
      deviceId: owner.deviceId,
    });
  });
});

/** The text of a 401 for a code (shared with the login route). */
export function authErrorBody(code: AuthErrorCode): ErrorBody {
  return { error: code, message: MESSAGES[code] };
}
