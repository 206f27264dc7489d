import type { FastifyPluginCallback } from 'fastify';
import { loginRequestSchema } from '../../shared/sync';
import type { LoginSettings } from '../auth/login-service';
import { logIn } from '../auth/login-service';
import type { Database } from '../database/database';
import { HttpError, validationError } from '../http-error';
import { getCaller, authErrorBody } from '../plugins/authentication';
import { loginRateLimitKey } from '../plugins/rate-limit';
import { revokeDevices } from '../repositories/devices-repository';

/** Login bodies are tiny; refusing big ones early keeps scrypt for real attempts. */
const LOGIN_BODY_LIMIT = 4 * 1024;

/**
 * POST /api/v1/auth/login: user name and password → a device token. Rate limited per address
 * and user name, counted in the database (shared by all instances).
 */
export const loginRoutes: FastifyPluginCallback<{
  database: Database;
  settings: LoginSettings;
  rateLimit: { max: number; timeWindowMs: number };
}> = (app, options, done) => {
  app.post(
    '/api/v1/auth/login',
    {
      bodyLimit: LOGIN_BODY_LIMIT,
      config: {
        rateLimit: {
          max: options.rateLimit.max,
          timeWindow: options.rateLimit.timeWindowMs,
          // After parsing, so the key can include the user name.
          hook: 'preHandler',
          keyGenerator: loginRateLimitKey,
        },
      },
    },
    async (request) => {
      const parsed = loginRequestSchema.safeParse(request.body);
      if (!parsed.success) throw validationError(parsed.error.issues, 'login request');
      const session = await logIn(options.database, parsed.data, options.settings);
      if (session === null) {
        request.log.info({ username: parsed.data.username }, 'login refused');
        throw new HttpError(401, authErrorBody('invalid-credentials'));
      }
      request.log.info({ userId: session.user.id, deviceId: session.deviceId }, 'login');
      return session;
    },
  );
  done();
};

/** POST /api/v1/auth/logout: revokes the caller's own device token. */
export const sessionRoutes: FastifyPluginCallback<{ database: Database }> = (
  app,
  options,
  done,
) => {
  app.post('/api/v1/auth/logout', async (request) => {
    const caller = getCaller(request);
    await revokeDevices(options.database, { deviceId: caller.deviceId });
    return { revoked: true };
  });
  done();
};
