import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getDevRendererOrigin,
  getRendererRoot,
  getServerOrigin,
} from '../../../src/main/environment';
import { app, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('getDevRendererOrigin', () => {
  it('is absent without ELECTRON_RENDERER_URL', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    expect(getDevRendererOrigin()).toBeUndefined();
  });

  it('is the dev server’s origin in development', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    expect(getDevRendererOrigin()).toBe('http://localhost:5173');
  });

  it('is ignored in a packaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    app.isPackaged = true;
    expect(getDevRendererOrigin()).toBeUndefined();
  });

  it.each(['https://attacker.test', 'http://192.168.1.20:5173', 'file:///tmp/x', 'nonsense'])(
    'ignores %s: not an http server on this machine',
    (url) => {
      vi.stubEnv('ELECTRON_RENDERER_URL', url);
      expect(getDevRendererOrigin()).toBeUndefined();
    },
  );
});

describe('getServerOrigin', () => {
  it('is absent while no server is configured', () => {
    vi.stubEnv('MEDINFO_SERVER_URL', '');
    expect(getServerOrigin()).toBeUndefined();
  });

  it('is the origin of MEDINFO_SERVER_URL', () => {
    vi.stubEnv('MEDINFO_SERVER_URL', 'https://sync.example.com/api/v1');
    expect(getServerOrigin()).toBe('https://sync.example.com');
  });

  it('ignores (and logs) a URL that is not http(s)', () => {
    vi.stubEnv('MEDINFO_SERVER_URL', 'ftp://sync.example.com');
    expect(getServerOrigin()).toBeUndefined();
    expect(console.error).toHaveBeenCalled();
  });
});

describe('getRendererRoot', () => {
  it('is out/renderer inside the app', () => {
    expect(getRendererRoot()).toBe(join('/opt/medinfo-desk/resources/app.asar', 'out', 'renderer'));
  });
});
