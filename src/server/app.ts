import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ServerConfig } from './config';
import { DEFAULT_EXTRA_ORIGINS, DEFAULT_PASSWORD_HASHING } from './config';
import { loadServerIdentity } from './crypto/server-identity';
import type { Database } from './database/database';
import { migrate } from './database/migrate';
import { authenticationPlugin } from './plugins/authentication';
import { clientVersionsPlugin } from './plugins/client-versions';
import { corsPlugin } from './plugins/cors';
import { errorHandlerPlugin } from './plugins/error-handler';
import { rateLimitPlugin } from './plugins/rate-limit';
import { loginRoutes, sessionRoutes } from './routes/auth';
import { blobRoutes } from './routes/blobs';
import { healthRoutes } from './routes/health';
import { infoRoutes } from './routes/info';
import { insightsRoutes } from './routes/insights';
import { safetyReportRoutes } from './routes/safety-reports';
import { syncRoutes } from './routes/sync';
import { updatesRoutes } from './routes/updates';

/** The configuration buildApp uses (the rest of ServerConfig is for index.ts). */
export type AppSettings = Pick<
  ServerConfig,
  | 'corsOrigins'
  | 'minimumAppVersion'
  | 'tokenLifetimeDays'
  | 'bodyLimitBytes'
  | 'loginRateLimit'
  | 'trustProxy'
  | 'passwordHashing'
  | 'updatesDir'
>;

/** Defaults equal to loadConfig({}) for these settings. */
export const DEFAULT_APP_SETTINGS: AppSettings = {
  corsOrigins: DEFAULT_EXTRA_ORIGINS,
  minimumAppVersion: '0.1.0',
  tokenLifetimeDays: 30,
  bodyLimitBytes: 5 * 1024 * 1024,
  loginRateLimit: { max: 10, timeWindowMs: 15 * 60 * 1000 },
  trustProxy: false,
  passwordHashing: DEFAULT_PASSWORD_HASHING,
  updatesDir: null,
};

/** What buildApp needs: an open database; settings and logger are optional. */
export type BuildAppOptions = {
  database: Database;
  settings?: Partial<AppSettings>;
  logger?: FastifyServerOptions['logger'];
};

/**
 * Builds the server without listening: migrates the database, loads (or at the very first start
 * creates) the sealing key, and registers plugins and routes. Tests call it and use `inject`;
 * index.ts calls it and listens. The database stays the caller's to close.
 * @throws when migrations fail or the database is unreachable
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const settings: AppSettings = { ...DEFAULT_APP_SETTINGS, ...options.settings };
  const { database } = options;
  await migrate(database);
  const identity = await loadServerIdentity(database);

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: settings.bodyLimitBytes,
    trustProxy: settings.trustProxy,
    // Reject bodies that try to set __proto__ or constructor.prototype (Fastify's default is
    // 'error' for __proto__ only).
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  // JSON only: without this, Fastify would hand text/plain bodies to the routes as strings.
  app.removeContentTypeParser('text/plain');
  await app.register(errorHandlerPlugin);
  await app.register(corsPlugin, { origins: settings.corsOrigins });
  await app.register(rateLimitPlugin, { database });
  await app.register(healthRoutes, { database });
  await app.register(infoRoutes, { identity, minimumAppVersion: settings.minimumAppVersion });
  // Outside the version check: an app too old to sync must still fetch its update.
  if (settings.updatesDir !== null) {
    await app.register(updatesRoutes, { folder: settings.updatesDir });
  }

  // Everything below needs the version headers; everything but login needs a token too.
  await app.register(async (api) => {
    await api.register(clientVersionsPlugin, { minimumAppVersion: settings.minimumAppVersion });
    await api.register(loginRoutes, {
      database,
      settings: {
        tokenLifetimeDays: settings.tokenLifetimeDays,
        passwordHashing: settings.passwordHashing,
      },
      rateLimit: settings.loginRateLimit,
    });
    await api.register(async (authenticated) => {
      await authenticated.register(authenticationPlugin, { database });
      await authenticated.register(sessionRoutes, { database });
      await authenticated.register(syncRoutes, { database, identity });
      await authenticated.register(insightsRoutes, { database });
      await authenticated.register(safetyReportRoutes, { database });
      await authenticated.register(blobRoutes, { database });
    });
  });
  return app;
}
