import { z } from 'zod';
import { userPermissionSchema, userRoleSchema } from './access';

/**
 * POST /api/v1/auth/login and its answer. A login registers (or renews) one device and returns
 * its bearer token; the device id is the client id of every later push.
 */

/** Passwords shorter than this are refused when set (login accepts what was set). */
export const MIN_PASSWORD_LENGTH = 12;

/** Longest password accepted anywhere: scrypt cost does not grow with it, the body does. */
export const MAX_PASSWORD_LENGTH = 1024;

/** A user name: letters, digits and . _ - @, case-insensitive. */
export const usernameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._@-]+$/u, 'Letters, digits and . _ - @');

/** The body of a login. */
export const loginRequestSchema = z.strictObject({
  username: usernameSchema,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  /** Shown to admins in list-devices, e.g. "Booth laptop 3". */
  deviceName: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\p{Cc}\p{Cs}]+$/u, 'Printable characters only'),
  /** The id this installation used before; renewing keeps its client id (and its mutation ids). */
  deviceId: z.uuid().optional(),
});
/** The body of a login. */
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The answer to a successful login. */
export const loginResponseSchema = z.object({
  /** Send as `Authorization: Bearer <token>`; shown once, stored by the server only as a hash. */
  token: z.string(),
  /** The client id to use in pushes (may differ from the deviceId sent, e.g. after a revocation). */
  deviceId: z.uuid(),
  expiresAt: z.iso.datetime({ offset: true }),
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string().nullable(),
    role: userRoleSchema,
    permissions: z.array(userPermissionSchema),
  }),
});
/** The answer to a successful login. */
export type LoginResponse = z.infer<typeof loginResponseSchema>;
