import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { appVersionSchema } from '../shared/sync';

/**
 * Server configuration, read once from the environment. Everything has a default so
 * `npx tsx src/server/index.ts` works on a fresh machine.
 */

/** The fixed origin of the desktop app's renderer (ARCHITECTURE.md: the origin is frozen). */
export const APP_ORIGIN = 'app://medinfo';

/**
 * Browser-mode origins allowed by default: loopback on any port, for development and the
 * end-to-end tests. Tokens travel in a header, never a cookie, so a page on another origin gains
 * nothing from CORS without stealing a token first; the allowlist is defence in depth.
 */
export const DEFAULT_EXTRA_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/** How expensive password hashing is (scrypt cost parameters, stored with every hash). */
export type PasswordHashingParameters = {
  cost: number;
  blockSize: number;
  parallelization: number;
};

/** The configuration of one server instance. */
export type ServerConfig = {
  host: string;
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  /** Exact origins, or `scheme://host:*` for any port. APP_ORIGIN is always allowed. */
  corsOrigins: readonly string[];
  minimumAppVersion: string;
  tokenLifetimeDays: number;
  /** Largest request body in bytes (a push of 500 sealed mutations fits in 5 MiB). */
  bodyLimitBytes: number;
  loginRateLimit: { max: number; timeWindowMs: number };
  trustProxy: boolean;
  logLevel: string;
  passwordHashing: PasswordHashingParameters;
  /** A folder of installers and update metadata to serve at /api/v1/updates/; null: none. */
  updatesDir: string | null;
};

/** 2^15 × 8 × 128 bytes = 32 MiB per hash and ≈ 0.1 s on these machines: memory-hard, bearable. */
export const DEFAULT_PASSWORD_HASHING: PasswordHashingParameters = {
  cost: 2 ** 15,
  blockSize: 8,
  parallelization: 1,
};

const environmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  DATABASE_URL: z.string().min(1).optional(),
  MEDINFO_DATA_DIR: z.string().min(1).optional(),
  MEDINFO_CORS_ORIGINS: z.string().optional(),
  MEDINFO_MIN_APP_VERSION: appVersionSchema.default('0.1.0'),
  MEDINFO_TOKEN_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  MEDINFO_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  MEDINFO_LOGIN_MAX: z.coerce.number().int().min(1).default(10),
  MEDINFO_LOGIN_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(15 * 60 * 1000),
  MEDINFO_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  MEDINFO_UPDATES_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Where the host keeps per-user application data, for the default data folder. */
export type PlatformFacts = {
  platform: NodeJS.Platform;
  homeDir: string;
  env: Readonly<Record<string, string | undefined>>;
};

/**
 * The default data folder: the OS's per-user data directory + medinfo-desk-server.
 * @throws never
 */
export function defaultDataDir(facts: PlatformFacts): string {
  const name = 'medinfo-desk-server';
  if (facts.platform === 'win32') {
    return join(facts.env.LOCALAPPDATA ?? join(facts.homeDir, 'AppData', 'Local'), name);
  }
  if (facts.platform === 'darwin')
    return join(facts.homeDir, 'Library', 'Application Support', name);
  return join(facts.env.XDG_DATA_HOME ?? join(facts.homeDir, '.local', 'share'), name);
}

/**
 * Parses the CORS list: comma separated, blanks dropped. Unset means the default list;
 * set but empty means the desktop app only.
 * @throws never
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  if (value === undefined) return [...DEFAULT_EXTRA_ORIGINS];
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
}

/**
 * Reads the configuration from environment variables.
 * @throws ZodError when a variable is set to an invalid value (the message names it)
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  facts: PlatformFacts = { platform: process.platform, homeDir: homedir(), env },
): ServerConfig {
  const parsed = environmentSchema.parse(env);
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL ?? null,
    dataDir: parsed.MEDINFO_DATA_DIR ?? defaultDataDir(facts),
    corsOrigins: parseCorsOrigins(parsed.MEDINFO_CORS_ORIGINS),
    minimumAppVersion: parsed.MEDINFO_MIN_APP_VERSION,
    tokenLifetimeDays: parsed.MEDINFO_TOKEN_DAYS,
    bodyLimitBytes: parsed.MEDINFO_BODY_LIMIT,
    loginRateLimit: { max: parsed.MEDINFO_LOGIN_MAX, timeWindowMs: parsed.MEDINFO_LOGIN_WINDOW_MS },
    trustProxy: parsed.MEDINFO_TRUST_PROXY === 'true',
    logLevel: parsed.LOG_LEVEL,
    passwordHashing: DEFAULT_PASSWORD_HASHING,
    updatesDir: parsed.MEDINFO_UPDATES_DIR ?? null,
  };
}

/**
 * Whether a request origin is on the allowlist (APP_ORIGIN always is).
 * @throws never
 */
export function isAllowedOrigin(origin: string, allowlist: readonly string[]): boolean {
  if (origin === APP_ORIGIN) return true;
  return allowlist.some((allowed) => {
    if (!allowed.endsWith(':*')) return allowed === origin;
    const prefix = allowed.slice(0, -1);
    // `http://localhost:*` also covers `http://localhost` (the scheme's default port).
    if (origin === allowed.slice(0, -2)) return true;
    return origin.startsWith(prefix) && /^\d{1,5}$/u.test(origin.slice(prefix.length));
  });
}
