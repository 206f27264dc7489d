import { readFile } from 'node:fs/promises';
import { extname, join, relative, isAbsolute } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, buildContentSecurityPolicy } from '../shared/security/csp';
import { createLogger } from './logger';

const log = createLogger('protocol');

/**
 * The scheme's privileges. Must be registered before the app is ready (index.ts).
 * - standard: a real origin (`app://medinfo`) with relative URLs, and storage (IndexedDB) at all.
 * - secure: a secure context, like https (crypto.subtle, navigator.clipboard, storage.persist).
 * - supportFetchAPI: the renderer fetches its own assets (fonts, workers, wasm).
 * - stream: responses are streamed rather than buffered by Chromium.
 * - codeCache: V8 caches compiled scripts between launches.
 * Not corsEnabled: it would let *other* origins read app:// responses, and no other origin
 * needs to. Not bypassCSP: the header below is the policy.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
} as const;

export type AppRequestResolution =
  { ok: true; filePath: string } | { ok: false; status: 400 | 403; reason: string };

const refuse = (status: 400 | 403, reason: string): AppRequestResolution => ({
  ok: false,
  status,
  reason,
});

/** Splits the request path into decoded file-name segments, or returns why it cannot. */
function toSafeSegments(rawPath: string): string[] | string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'malformed percent-encoding';
  }
  if (decoded.includes('\0')) return 'NUL byte';
  if (decoded.includes('\\')) return 'backslash';
  const segments = decoded.split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') return ['index.html'];
  // Reject rather than normalise: no asset we build has an empty, `.`, `..` or drive segment,
  // so any of those is a probe, and refusing it keeps the rule simple to audit.
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return 'dot or empty segment';
    if (segment.includes(':')) return 'colon in path';
  }
  return segments;
}

/**
 * Maps an `app://medinfo/…` request to a file under `rendererRoot`, or refuses it. Refused: any
 * other scheme or host, credentials or a port, `.`/`..` segments (also percent-encoded, such as
 * `%2e%2e%2f`), backslashes, NUL bytes and colons. `/` serves index.html.
 *
 * The path is checked as sent, before URL parsing: the parser would quietly resolve
 * `/../../etc/passwd` to `/etc/passwd`, and a request that needed that is a probe to refuse.
 */
export function resolveAppRequest(rendererRoot: string, requestUrl: string): AppRequestResolution {
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (!URL.canParse(requestUrl)) return refuse(400, 'not a URL');
  if (!requestUrl.startsWith(prefix)) return refuse(403, 'wrong origin');
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/u, 1)[0] ?? '';
  if (rawPath !== '' && !rawPath.startsWith('/')) return refuse(403, 'wrong origin');
  const segments = toSafeSegments(rawPath === '' ? '/' : rawPath);
  if (typeof segments === 'string') return refuse(403, segments);
  const filePath = join(rendererRoot, ...segments);
  // Belt and braces: whatever the checks above missed, never serve outside the root.
  const fromRoot = relative(rendererRoot, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    return refuse(403, 'outside the renderer folder');
  }
  return { ok: true, filePath };
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every app:// response carries, errors included. */
export function securityHeaders(serverOrigin: string | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy({ serverOrigin }),
    'X-Content-Type-Options': 'nosniff',
  };
}

function isNotFound(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/** Answers one app:// request: the file with its headers, or a bodiless error status. */
export async function serveAppRequest(
  rendererRoot: string,
  requestUrl: string,
  serverOrigin: string | undefined,
): Promise<Response> {
  const headers = securityHeaders(serverOrigin);
  const resolution = resolveAppRequest(rendererRoot, requestUrl);
  if (!resolution.ok) {
    log.warn(`Refused ${requestUrl}: ${resolution.reason}`);
    return new Response(null, { status: resolution.status, headers });
  }
  try {
    const body = await readFile(resolution.filePath);
    headers['Content-Type'] = contentTypeFor(resolution.filePath);
    return new Response(body, { status: 200, headers });
  } catch (error) {
    if (isNotFound(error)) return new Response(null, { status: 404, headers });
    log.error(`Could not read ${resolution.filePath}`, error);
    return new Response(null, { status: 500, headers });
  }
}

/**
 * Serves the built renderer at app://medinfo. Call once the app is ready. `serverOrigin` is asked
 * on every request, so a server configured in the app applies from the next page load.
 */
export function registerAppProtocol(
  rendererRoot: string,
  serverOrigin: () => string | undefined,
): void {
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(rendererRoot, request.url, serverOrigin()),
  );
}
