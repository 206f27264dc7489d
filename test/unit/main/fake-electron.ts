import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/*
 * A stand-in for the `electron` module: just enough of each API for main and the preload to run,
 * with vi.fn() everywhere a test needs to see a call. Tests use it through
 * `vi.mock('electron', () => import('./fake-electron'))` (the Electron binary cannot run here).
 */

/** Hands a fake to code typed against Electron. One cast, here, instead of one per test. */
export function asElectron<T>(fake: unknown): T {
  // The fakes implement only what main uses; TypeScript cannot know that subset suffices.
  return fake as T;
}

export type FakeFrame = { url: string; parent: FakeFrame | null };

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  mainFrame: FakeFrame = { url: 'app://medinfo/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly setWindowOpenHandler = vi.fn(
    (handler: (details: { url: string }) => { action: string }) => {
      this.windowOpenHandler = handler;
    },
  );
  readonly isDestroyed = vi.fn(() => false);
  readonly send = vi.fn((_channel: string, _payload: unknown) => undefined);
  readonly print = vi.fn(
    (_options: unknown, callback: (success: boolean, failureReason: string) => void) => {
      callback(true, '');
    },
  );

  /** Emits a navigation event the way Electron does; returns whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let isPrevented = false;
    this.emit(event, { url, preventDefault: () => (isPrevented = true) });
    return isPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static readonly fromWebContents = vi.fn(
    (contents: FakeWebContents) =>
      FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null,
  );
  static readonly getAllWindows = vi.fn(() => [...FakeBrowserWindow.instances]);
  static readonly getFocusedWindow = vi.fn(() => FakeBrowserWindow.instances[0] ?? null);

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);

  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export const BrowserWindow = FakeBrowserWindow;

export const app = {
  isPackaged: false,
  on: vi.fn((_event: string, _listener: unknown) => undefined),
  quit: vi.fn(),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => Promise.resolve()),
  getAppPath: vi.fn(() => '/opt/medinfo-desk/resources/app.asar'),
  getPath: vi.fn((name: string) => `/home/officer/${name}`),
  getName: vi.fn(() => 'MedInfo Desk'),
  getVersion: vi.fn(() => '1.2.3'),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => undefined),
  handle: vi.fn((_scheme: string, _handler: unknown) => undefined),
};
export const ipcMain = { handle: vi.fn((_channel: string, _listener: unknown) => undefined) };
export const ipcRenderer = {
  invoke: vi.fn((channel: string) => Promise.resolve(channel)),
  on: vi.fn((_channel: string, _listener: (...args: unknown[]) => void) => undefined),
  removeListener: vi.fn((_channel: string, _listener: (...args: unknown[]) => void) => undefined),
};
export const contextBridge = {
  exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined),
};
export const shell = { openExternal: vi.fn(() => Promise.resolve()) };

/** The OS key store: "encrypts" by reversing, so a test can see what went in and came out. */
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
  encryptString: vi.fn((text: string) => Buffer.from([...text].reverse().join(''), 'utf8')),
  decryptString: vi.fn((bytes: Buffer) => [...bytes.toString('utf8')].reverse().join('')),
};

/** Power events: tests emit 'suspend', 'lock-screen' … on it. */
export const powerMonitor = new EventEmitter();
export const dialog = {
  showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
};
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export function createFakeSession(): {
  setPermissionRequestHandler: ReturnType<typeof vi.fn>;
  setPermissionCheckHandler: ReturnType<typeof vi.fn>;
  setDevicePermissionHandler: ReturnType<typeof vi.fn>;
} {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
}

export const session = { defaultSession: createFakeSession() };

/** Forgets every window between tests. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances.length = 0;
  app.isPackaged = false;
  powerMonitor.removeAllListeners();
  safeStorage.isEncryptionAvailable.mockImplementation(() => true);
  safeStorage.getSelectedStorageBackend.mockImplementation(() => 'gnome_libsecret');
}
