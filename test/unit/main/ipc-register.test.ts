import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { WebContents } from 'electron';
import { registerIpcHandlers } from '../../../src/main/ipc/register';
import { trustWebContents } from '../../../src/main/window-registry';
import { desktopApiChannels, ipcContract } from '../../../src/shared/ipc/contract';
import type { IpcChannel } from '../../../src/shared/ipc/contract';
import {
  FakeBrowserWindow,
  asElectron,
  ipcMain,
  resetFakeElectron,
  safeStorage,
  shell,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function registeredChannels(): unknown[] {
  return ipcMain.handle.mock.calls.map(([channel]) => channel);
}

/** Calls `channel` the way the preload would, from the main frame of a trusted window. */
function invoke(channel: IpcChannel, ...args: unknown[]): Promise<unknown> {
  const call = ipcMain.handle.mock.calls.find(([registered]) => registered === channel);
  if (call === undefined) throw new Error(`${channel} has no handler`);
  const window = new FakeBrowserWindow({});
  trustWebContents(asElectron<WebContents>(window.webContents));
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  return (call[1] as Listener)(event, ...args);
}

beforeEach(() => {
  resetFakeElectron();
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  registerIpcHandlers({});
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler for every channel of the contract', () => {
    const channels = registeredChannels();
    expect([...channels].sort()).toEqual(Object.keys(ipcContract).sort());
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('covers every function of the bridge', () => {
    for (const channel of Object.values(desktopApiChannels)) {
      expect(registeredChannels()).toContain(channel);
    }
  });
});

describe('the registered handlers', () => {
  it('app:get-info describes the installation', async () => {
    await expect(invoke('app:get-info')).resolves.toMatchObject({
      name: 'MedInfo Desk',
      version: '1.2.3',
      platform: process.platform,
      userDataPath: '/home/officer/userData',
    });
  });

  it('shell:open-external opens allowlisted links only', async () => {
    await expect(invoke('shell:open-external', { url: 'https://attacker.test/' })).resolves.toEqual(
      { opened: false },
    );
    await expect(invoke('shell:open-external', { url: 'javascript:alert(1)' })).resolves.toEqual({
      opened: false,
    });
    expect(shell.openExternal).not.toHaveBeenCalled();

    await expect(
      invoke('shell:open-external', { url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }),
    ).resolves.toEqual({ opened: true });
    expect(shell.openExternal).toHaveBeenCalledWith('https://pubmed.ncbi.nlm.nih.gov/1/');
  });

  it('window:print prints the calling window and resolves when the job is sent', async () => {
    await expect(invoke('window:print')).resolves.toBeUndefined();
    const window = FakeBrowserWindow.instances.at(-1);
    expect(window?.webContents.print).toHaveBeenCalledWith({}, expect.any(Function));
  });

  it('update:get-status says a development build does not update itself', async () => {
    await expect(invoke('update:get-status')).resolves.toMatchObject({
      availability: 'development',
      currentVersion: '1.2.3',
      gate: { canInstall: false, reason: 'nothing-downloaded' },
    });
  });

  it('update:report-readiness takes the window’s state and answers with the gate', async () => {
    const report = { pendingMutations: 0, hasUnsavedInput: false, minimumAppVersion: '2.0.0' };
    await expect(invoke('update:report-readiness', report)).resolves.toMatchObject({
      gate: { reason: 'required-not-downloaded', requiredVersion: '2.0.0' },
    });
  });

  it('update:report-readiness refuses a malformed report', async () => {
    const report = { pendingMutations: -1, hasUnsavedInput: 'no', minimumAppVersion: 'latest' };
    await expect(invoke('update:report-readiness', report)).rejects.toThrow(
      /update:report-readiness: invalid input: pendingMutations: .*hasUnsavedInput: .*minimumAppVersion/,
    );
  });

  it('update:install-now installs nothing when nothing is downloaded', async () => {
    await expect(invoke('update:install-now')).resolves.toEqual({
      isInstalling: false,
      reason: 'required-not-downloaded',
    });
  });

  it('file:save reports a cancelled dialog as not saved', async () => {
    const input = { suggestedName: 'letter.pdf', kind: 'pdf', bytes: new Uint8Array([37, 80]) };
    await expect(invoke('file:save', input)).resolves.toEqual({ saved: false });
  });

  it('secure-storage protects and unprotects secrets with the OS key store', async () => {
    const protectedSecret = await invoke('secure-storage:protect', { secret: 'device key' });
    // What main hands back is the OS key store's output, base64: not the secret itself.
    expect(protectedSecret).toEqual({
      protectedSecret: Buffer.from('yek ecived').toString('base64'),
    });
    expect(safeStorage.encryptString).toHaveBeenCalledWith('device key');
    await expect(invoke('secure-storage:unprotect', protectedSecret)).resolves.toEqual({
      secret: 'device key',
    });
  });
});

describe('secure storage on a computer without real protection', () => {
  it('is refused when Linux falls back to plain text (basic_text)', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'linux' });
    onTestFinished(() => {
      if (platform) Object.defineProperty(process, 'platform', platform);
    });
    safeStorage.getSelectedStorageBackend.mockImplementation(() => 'basic_text');
    await expect(invoke('secure-storage:get-status')).resolves.toEqual({
      isAvailable: false,
      backend: 'basic_text',
      reason: 'plaintext-backend',
    });
    await expect(invoke('secure-storage:protect', { secret: 'device key' })).rejects.toThrow(
      'plain text',
    );
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
  });

  it('is refused when the OS offers no encryption', async () => {
    safeStorage.isEncryptionAvailable.mockImplementation(() => false);
    await expect(invoke('secure-storage:get-status')).resolves.toMatchObject({
      isAvailable: false,
      reason: 'no-encryption',
    });
    await expect(invoke('secure-storage:unprotect', { protectedSecret: 'AAAA' })).rejects.toThrow(
      'no encryption',
    );
  });
});
