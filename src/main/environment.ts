import { join } from 'node:path';
import { app } from 'electron';
import { originOfServerUrl } from '../shared/security/csp';
import { createLogger } from './logger';

const log = createLogger('environment');

/** True in `electron-vite dev` and `electron-vite preview`; false in an installed app. */
export function isDevelopment(): boolean {
  return !app.isPackaged;
}

/**
 * The origin of electron-vite's dev server (ELECTRON_RENDERER_URL), or undefined. Honoured only
 * when the app is not packaged and the server is on this machine: an environment variable must
 * never be able to point an installed app's window (and its bridge) at another site.
 */
export function getDevRendererOrigin(): string | undefined {
  const raw = process.env.ELECTRON_RENDERER_URL;
  if (app.isPackaged || raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    const isLoopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol === 'http:' && isLoopback) return url.origin;
  } catch {
    // fall through: a malformed value is treated as absent
  }
  log.warn('Ignoring ELECTRON_RENDERER_URL: not an http URL on this machine');
  return undefined;
}

/** The folder of the built renderer (`out/renderer`), inside app.asar once packaged. */
export function getRendererRoot(): string {
  return join(app.getAppPath(), 'out', 'renderer');
}

/** The built preload script. A sandboxed preload must be CommonJS, hence `.cjs`. */
export function getPreloadPath(): string {
  return join(app.getAppPath(), 'out', 'preload', 'index.cjs');
}

/**
 * The sync server's origin from MEDINFO_SERVER_URL, for the CSP's connect-src; undefined when
 * unset or invalid. An invalid value is logged and ignored rather than fatal: the app works
 * offline, and a missing connect-src entry only blocks sync.
 */
export function getServerOrigin(): string | undefined {
  const raw = process.env.MEDINFO_SERVER_URL;
  if (raw === undefined || raw === '') return undefined;
  try {
    return originOfServerUrl(raw);
  } catch (error) {
    log.error('Ignoring MEDINFO_SERVER_URL: not an http(s) URL', error);
    return undefined;
  }
}
