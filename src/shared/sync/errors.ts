import { z } from 'zod';

/**
 * Every non-2xx answer of the sync server has this body, so a client can always show a reason.
 * `error` is a stable machine code (listed in docs/sync-protocol.md), `message` is for people.
 */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  /** Present on version refusals (400/426): the oldest app version this server accepts. */
  minimumAppVersion: z.string().optional(),
  /** Present on validation failures: which part of the request was wrong, and why. */
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
/** The JSON body of every error answer. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** 401 codes: each tells the client whether logging in again can help. */
export const authErrorCodeSchema = z.enum([
  'missing-token',
  'invalid-token',
  'token-expired',
  'token-revoked',
  'invalid-credentials',
]);
/** A 401 error code. */
export type AuthErrorCode = z.infer<typeof authErrorCodeSchema>;
