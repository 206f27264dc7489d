import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  registerAppProtocol,
  resolveAppRequest,
  serveAppRequest,
} from '../../../src/main/protocol';
import { buildContentSecurityPolicy } from '../../../src/shared/security/csp';
import { protocol } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const ROOT = join(sep, 'opt', 'medinfo', 'out', 'renderer');

beforeEach(() => {
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('resolveAppRequest', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppRequest(ROOT, 'app://medinfo/')).toEqual({
      ok: true,
      filePath: join(ROOT, 'index.html'),
    });
    expect(resolveAppRequest(ROOT, 'app://medinfo')).toMatchObject({
      filePath: join(ROOT, 'index.html'),
    });
  });

  it('resolves an asset inside the renderer folder, ignoring query and fragment', () => {
    expect(resolveAppRequest(ROOT, 'app://medinfo/assets/index-Dw.js?v=1#x')).toEqual({
      ok: true,
      filePath: join(ROOT, 'assets', 'index-Dw.js'),
    });
    expect(resolveAppRequest(ROOT, 'app://medinfo/fonts/Noto%20Sans.woff2')).toMatchObject({
      filePath: join(ROOT, 'fonts', 'Noto Sans.woff2'),
    });
  });

  it.each([
    ['dot-dot segments', 'app://medinfo/../../etc/passwd'],
    ['dot-dot inside the path', 'app://medinfo/assets/../../../etc/passwd'],
    ['a dot segment', 'app://medinfo/./index.html'],
    ['encoded dot-dot-slash', 'app://medinfo/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['upper-case encoding', 'app://medinfo/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['encoded dots, real slashes', 'app://medinfo/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed encoding', 'app://medinfo/.%2e/.%2e/etc/passwd'],
    ['backslashes', 'app://medinfo/..\\..\\etc\\passwd'],
    ['encoded backslashes', 'app://medinfo/..%5c..%5cetc%5cpasswd'],
    ['a NUL byte', 'app://medinfo/index.html%00.png'],
    ['an empty segment (absolute path)', 'app://medinfo//etc/passwd'],
    ['a drive letter', 'app://medinfo/C:/Windows/win.ini'],
    ['malformed encoding', 'app://medinfo/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['a look-alike host', 'app://medinfo.attacker.test/index.html'],
    ['credentials', 'app://user@medinfo/index.html'],
    ['a port', 'app://medinfo:8080/index.html'],
    ['another scheme', 'https://medinfo/index.html'],
    ['file:', 'file:///etc/passwd'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_why, url) => {
    expect(resolveAppRequest(ROOT, url)).toMatchObject({ ok: false });
  });

  it('never resolves outside the renderer folder, whatever the path', () => {
    // Mostly the pieces traversal probes are made of, plus arbitrary text.
    const piece = fc.constantFrom(
      '..',
      '.',
      '/',
      '\\',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '%00',
      ':',
      'a',
    );
    const path = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(path, (rawPath) => {
        const result = resolveAppRequest(ROOT, `app://medinfo/${rawPath}`);
        return !result.ok || result.filePath.startsWith(ROOT + sep);
      }),
      { numRuns: 500 },
    );
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['fonts/a.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['pdf.worker.wasm', 'application/wasm'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('serveAppRequest', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'medinfo-protocol-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>MedInfo</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {};');
    await writeFile(join(base, 'secret.txt'), 'outside the root');
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(root, 'app://medinfo/', undefined);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>MedInfo</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await serveAppRequest(root, 'app://medinfo/assets/app.js', undefined);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('puts the configured sync server in connect-src', async () => {
    const response = await serveAppRequest(root, 'app://medinfo/', 'https://sync.example.com');
    expect(response.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://sync.example.com",
    );
  });

  it('answers 404 for a missing file and 403 for a traversal, never the file', async () => {
    const missing = await serveAppRequest(root, 'app://medinfo/nope.js', undefined);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');

    const traversal = await serveAppRequest(root, 'app://medinfo/%2e%2e%2fsecret.txt', undefined);
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).toBe('');
  });

  it('answers 404 for a folder', async () => {
    expect((await serveAppRequest(root, 'app://medinfo/assets', undefined)).status).toBe(404);
  });

  it('is what protocol.handle serves for the app scheme', async () => {
    registerAppProtocol(root, () => undefined);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://medinfo/index.html'));
    expect(response.status).toBe(200);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure origin without bypassing CSP or opening it to CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });
});
