import { APP_HOST, APP_SCHEME } from '../shared/security/csp';
import { EXTERNAL_LINK_DOMAINS } from './config/external-links';

/**
 * The security rules of the main process as pure functions: which URLs are the app, which links
 * may leave for the browser, which navigations and permissions are allowed. The Electron wiring
 * (window.ts, permissions.ts, ipc/handle.ts) only calls these, so the tests prove the rules.
 */

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` is a page of the app: `app://medinfo/…`, or in development the electron-vite
 * dev server (`devOrigin`, e.g. `http://localhost:5173`).
 *
 * Node's URL gives non-special schemes such as `app:` an opaque origin (`"null"`), so the app
 * origin is matched by its parts rather than by `url.origin`.
 */
export function isAppUrl(raw: string, devOrigin?: string): boolean {
  const url = parseUrl(raw);
  if (url === null || url.username !== '' || url.password !== '') return false;
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  return devOrigin !== undefined && url.origin === devOrigin;
}

/**
 * Returns the normalised URL when it may be opened in the user's browser, otherwise null:
 * https only, no credentials, no explicit port, and a host that is an allowlisted domain or a
 * proper subdomain of one (`fda.gov.attacker.test` is not `fda.gov`). Callers must open the
 * returned string, never their raw input, so the browser sees exactly what was checked.
 */
export function parseAllowedExternalUrl(
  raw: string,
  allowedDomains: readonly string[] = EXTERNAL_LINK_DOMAINS,
): string | null {
  const url = parseUrl(raw);
  if (url === null || url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  const host = url.hostname;
  const isAllowed = allowedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  return isAllowed ? url.href : null;
}

/** True when the URL may be opened in the user's browser (see parseAllowedExternalUrl). */
export function isAllowedExternalUrl(
  raw: string,
  allowedDomains: readonly string[] = EXTERNAL_LINK_DOMAINS,
): boolean {
  return parseAllowedExternalUrl(raw, allowedDomains) !== null;
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/**
 * What to do when a page tries to navigate the window to `targetUrl`. Only the app's own pages
 * may load in the window; an allowlisted link goes to the browser instead; everything else stays
 * put. A window that navigated elsewhere would hand the preload bridge to a foreign page.
 */
export function decideNavigation(targetUrl: string, devOrigin?: string): NavigationDecision {
  if (isAppUrl(targetUrl, devOrigin)) return 'allow';
  return isAllowedExternalUrl(targetUrl) ? 'open-externally' : 'deny';
}

/**
 * What to do with `window.open` / `target=_blank`: the app never opens a second window (each
 * would be another place to hold the bridge); allowlisted links go to the browser.
 */
export function decideWindowOpen(targetUrl: string): Exclude<NavigationDecision, 'allow'> {
  return isAllowedExternalUrl(targetUrl) ? 'open-externally' : 'deny';
}

/**
 * Permissions the app's own pages may have. Everything else (camera, microphone, location,
 * notifications, devices, …) is denied.
 * - persistent-storage: the IndexedDB store is the user's only copy of unsynced work; without
 *   it Chromium may evict the origin's storage under disk pressure.
 * - clipboard-sanitized-write: "copy response text" buttons (navigator.clipboard.writeText).
 */
export const GRANTED_PERMISSIONS: readonly string[] = [
  'persistent-storage',
  'clipboard-sanitized-write',
];

/** True when `permission` may be granted to a page at `requestingUrl` (an origin or a URL). */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  devOrigin?: string,
): boolean {
  if (requestingUrl === undefined || !isAppUrl(requestingUrl, devOrigin)) return false;
  return GRANTED_PERMISSIONS.includes(permission);
}
