import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../../src/shared/ipc/contract';
import { asElectron } from './fake-electron';
import type * as FakeElectronModule from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type FakeElectron = typeof FakeElectronModule;
type AppListener = (...args: unknown[]) => void;

/**
 * Runs the real entry point afresh against the fake Electron. `prepare` runs first, to set what
 * Electron will answer (the single-instance lock, readiness). resetModules re-evaluates main's
 * modules but keeps the mocked `electron` module, so the fake is reached through it.
 */
async function start(
  prepare: (electron: FakeElectron) => void = () => undefined,
): Promise<FakeElectron> {
  vi.resetModules();
  const electron = asElectron<FakeElectron>(await import('electron'));
  electron.resetFakeElectron();
  prepare(electron);
  await import('../../../src/main/index');
  // Let the whenReady() continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return electron;
}

function appListener(electron: FakeElectron, event: string): AppListener {
  const call = electron.app.on.mock.calls.find(([name]) => name === event);
  if (call === undefined) throw new Error(`no app.on('${event}')`);
  return call[1] as AppListener;
}

function withPlatform(platform: NodeJS.Platform, run: () => void): void {
  const original = process.platform;
  Object.defineProperty(process, 'platform', { value: platform });
  try {
    run();
  } finally {
    Object.defineProperty(process, 'platform', { value: original });
  }
}

beforeEach(() => {
  // Back to the fakes' default answers (the lock granted, ready at once), calls forgotten.
  vi.resetAllMocks();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('before the app is ready', () => {
  it('registers app:// as a standard, secure scheme and sandboxes every renderer', async () => {
    const electron = await start(({ app }) => {
      app.whenReady.mockReturnValue(new Promise(() => undefined));
    });
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('single instance', () => {
  it('quits a second instance before it does anything else', async () => {
    const electron = await start(({ app }) => app.requestSingleInstanceLock.mockReturnValue(false));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const electron = await start();
    const [window] = electron.FakeBrowserWindow.instances;
    window?.isMinimized.mockReturnValue(true);

    appListener(electron, 'second-instance')();

    expect(electron.FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });
});

describe('when ready', () => {
  it('denies permissions, serves app://, answers IPC, sets the menu, opens one window', async () => {
    const electron = await start();
    const ses = electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledOnce();
    const deny = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const callback = vi.fn();
    deny({}, 'media', callback, { requestingUrl: 'app://medinfo/index.html', isMainFrame: true });
    expect(callback).toHaveBeenCalledWith(false);

    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(ipcContract).length);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(electron.FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('installs the handlers before the window exists, after the scheme was registered', async () => {
    const electron = await start();
    const [window] = electron.FakeBrowserWindow.instances;
    const order = (mock: { mock: { invocationCallOrder: number[] } }): number =>
      mock.mock.invocationCallOrder[0] ?? Number.NaN;
    expect(order(electron.protocol.registerSchemesAsPrivileged)).toBeLessThan(
      order(electron.app.whenReady),
    );
    expect(order(electron.session.defaultSession.setPermissionRequestHandler)).toBeLessThan(
      order(window?.loadURL ?? vi.fn()),
    );
    expect(order(electron.protocol.handle)).toBeLessThan(order(window?.loadURL ?? vi.fn()));
  });

  it('refuses <webview> in any web contents', async () => {
    const electron = await start();
    const contents = new electron.FakeWebContents();
    appListener(electron, 'web-contents-created')({}, contents);
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('closing', () => {
  it('quits when the last window closes, except on macOS', async () => {
    const electron = await start();
    const allClosed = appListener(electron, 'window-all-closed');

    withPlatform('darwin', allClosed);
    expect(electron.app.quit).not.toHaveBeenCalled();

    withPlatform('win32', allClosed);
    expect(electron.app.quit).toHaveBeenCalledOnce();
  });

  it('reopens the window when the dock icon is clicked and none is open', async () => {
    const electron = await start();
    electron.FakeBrowserWindow.getAllWindows.mockReturnValueOnce([]);
    electron.FakeBrowserWindow.instances[0]?.isDestroyed.mockReturnValue(true);
    appListener(electron, 'activate')();
    expect(electron.FakeBrowserWindow.instances).toHaveLength(2);
  });
});
