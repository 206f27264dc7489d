/**
 * The Content Security Policy the app ships. Main sends it as a header for every app:// response
 * and browser mode's web server sends the very same header, so the end-to-end tests prove the
 * policy users get. `connect-src` follows the configured sync server (ARCHITECTURE.md, Origin).
 */
export type ContentSecurityPolicyOptions = {
  /** The sync server's origin, e.g. `https://medinfo.example.com`; none while unconfigured. */
  serverOrigin?: string | undefined;
};

/** The fixed origin of the renderer. Frozen: IndexedDB belongs to it (docs/decisions/0001). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'medinfo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Returns the origin of a server URL, or throws when it is not http(s). */
export function originOfServerUrl(serverUrl: string): string {
  // A pattern rather than URL: src/shared compiles without the DOM and Node libraries.
  const match = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(:\d{1,5})?(?:[/?#]|$)/i.exec(
    serverUrl.trim(),
  );
  if (!match) {
    throw new Error(`The sync server URL must look like https://host[:port] (got "${serverUrl}")`);
  }
  const [, scheme = '', host = '', port = ''] = match;
  return `${scheme.toLowerCase()}://${host.toLowerCase()}${port}`;
}

export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const connect = ["'self'", options.serverOrigin].filter(Boolean).join(' ');
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    // MUI (emotion) injects <style> elements at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // The letter preview: a PDF the app made, as a blob: URL of its own origin, shown by
    // Chromium's PDF viewer. Blob documents inherit this policy, so they cannot run scripts.
    'frame-src blob:',
  ];
  return directives.join('; ');
}
