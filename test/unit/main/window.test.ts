import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { createMainWindow } from '../../../src/main/window';
import { isTrustedWebContents } from '../../../src/main/window-registry';
import { FakeBrowserWindow, app, asElectron, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function createWindow(): FakeBrowserWindow {
  createMainWindow();
  const window = FakeBrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window was created');
  return window;
}

beforeEach(() => {
  resetFakeElectron();
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('createMainWindow', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security', () => {
    const preferences = createWindow().options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the CommonJS preload from the build', () => {
    const preload = createWindow().options.webPreferences?.preload;
    expect(preload).toBe(
      join('/opt/medinfo-desk/resources/app.asar', 'out', 'preload', 'index.cjs'),
    );
  });

  it('offers devtools only when not packaged', () => {
    app.isPackaged = true;
    expect(createWindow().options.webPreferences?.devTools).toBe(false);
    app.isPackaged = false;
    expect(createWindow().options.webPreferences?.devTools).toBe(true);
  });

  it('loads the app from app://medinfo', () => {
    expect(createWindow().loadURL).toHaveBeenCalledWith('app://medinfo/index.html');
  });

  it('uses the dev server in development only, and only on this machine', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(createWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173/index.html');

    app.isPackaged = true;
    expect(createWindow().loadURL).toHaveBeenCalledWith('app://medinfo/index.html');

    app.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://attacker.test');
    expect(createWindow().loadURL).toHaveBeenCalledWith('app://medinfo/index.html');
  });

  it('shows the window once it has painted', () => {
    const window = createWindow();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('trusts its web contents for IPC until they are destroyed', () => {
    const contents = createWindow().webContents;
    expect(isTrustedWebContents(asElectron<WebContents>(contents))).toBe(true);
    contents.emit('destroyed');
    expect(isTrustedWebContents(asElectron<WebContents>(contents))).toBe(false);
  });
});

describe('navigation guards', () => {
  it('prevents navigation to another origin', () => {
    const contents = createWindow().webContents;
    expect(contents.navigate('will-navigate', 'https://attacker.test/phish')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://other/index.html')).toBe(true);
    expect(contents.navigate('will-redirect', 'https://attacker.test/')).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('lets the app navigate within itself', () => {
    const contents = createWindow().webContents;
    expect(contents.navigate('will-navigate', 'app://medinfo/index.html')).toBe(false);
  });

  it('opens an allowlisted link in the browser rather than in the window', () => {
    const contents = createWindow().webContents;
    expect(contents.navigate('will-navigate', 'https://www.fda.gov/safety')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.fda.gov/safety');
  });

  it('denies every window.open, passing only allowlisted https links to the browser', () => {
    const contents = createWindow().webContents;
    const open = contents.windowOpenHandler;
    expect(open).toBeDefined();
    expect(open?.({ url: 'https://attacker.test/' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'app://medinfo/index.html' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();

    expect(open?.({ url: 'https://doi.org/10.1000/182' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://doi.org/10.1000/182');
  });
});
