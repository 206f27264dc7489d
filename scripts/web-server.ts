import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { buildContentSecurityPolicy } from '../src/shared/security/csp';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export type WebServerOptions = {
  /** Folder of the built renderer (out/renderer). */
  root: string;
  port?: number;
  host?: string;
  /** Origin of the sync server, added to the CSP's connect-src like the desktop app does. */
  serverOrigin?: string;
};

export type RunningWebServer = { url: string; close: () => Promise<void> };

/**
 * Browser mode: serves the built renderer over HTTP with the same Content Security Policy header
 * that the desktop app's app:// handler sends, so what the end-to-end tests prove holds for users.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const root = resolve(options.root);
  const csp = buildContentSecurityPolicy({ serverOrigin: options.serverOrigin });
  const server: Server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(root + sep) || pathname.includes('\0')) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, {
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end('Not found'),
    );
  });
  await new Promise<void>((done) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done),
  );
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The web server has no port');
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
