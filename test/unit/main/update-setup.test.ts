import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectUpdateAvailability } from '../../../src/main/services/update-availability';
import { createUpdatePreferencesStore } from '../../../src/main/services/update-preferences';
import { asElectron } from './fake-electron';
import type * as FakeElectronModule from './fake-electron';
import { FakeUpdaterEngine } from './fake-updater';

vi.mock('electron', () => import('./fake-electron'));

const updater = new FakeUpdaterEngine();
vi.mock('electron-updater', () => ({ default: { autoUpdater: updater } }));

// What electron-builder writes into resources/ for a signed Windows build.
const signedWindowsConfig = [
  'provider: generic',
  'url: https://updates.example.com/medinfo-desk/',
  'updaterCacheDirName: medinfo-desk-updater',
  'publisherName:',
  '  - Halvorsen Pharma GmbH',
  '',
].join('\n');

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'medinfo-updates-'));
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

describe('detectUpdateAvailability', () => {
  const packaged = { isPackaged: true, platform: 'win32' as const, env: {} };

  it('updates a packaged, signed build from an HTTPS location', () => {
    expect(detectUpdateAvailability({ ...packaged, updateConfigText: signedWindowsConfig })).toBe(
      'enabled',
    );
  });

  it('never updates a development build', () => {
    expect(
      detectUpdateAvailability({
        ...packaged,
        isPackaged: false,
        updateConfigText: signedWindowsConfig,
      }),
    ).toBe('development');
  });

  it('leaves updates to IT when MEDINFO_DISABLE_UPDATES is set', () => {
    const env = { MEDINFO_DISABLE_UPDATES: 'true' };
    expect(
      detectUpdateAvailability({ ...packaged, env, updateConfigText: signedWindowsConfig }),
    ).toBe('disabled-by-policy');
  });

  it('has nothing to do without app-update.yml', () => {
    expect(detectUpdateAvailability({ ...packaged, updateConfigText: null })).toBe(
      'not-configured',
    );
  });

  it('refuses an unsigned Windows build: its installer could not be verified', () => {
    const unsigned = signedWindowsConfig.replace(/publisherName:\n.*\n/, '');
    expect(detectUpdateAvailability({ ...packaged, updateConfigText: unsigned })).toBe(
      'unverifiable',
    );
    // macOS verifies the update's code signature itself; no publisher line is needed there.
    expect(
      detectUpdateAvailability({ ...packaged, platform: 'darwin', updateConfigText: unsigned }),
    ).toBe('enabled');
  });

  it('refuses an update location that is not HTTPS', () => {
    const plain = signedWindowsConfig.replace('https://', 'http://');
    expect(
      detectUpdateAvailability({ ...packaged, platform: 'linux', updateConfigText: plain }),
    ).toBe('unverifiable');
  });
});

describe('the update preferences file', () => {
  it('starts on stable and keeps the chosen channel across restarts', async () => {
    const path = join(folder, 'nested', 'update-preferences.json');
    const store = createUpdatePreferencesStore(path);
    await expect(store.readChannel()).resolves.toBe('stable');
    await store.writeChannel('beta');
    await expect(createUpdatePreferencesStore(path).readChannel()).resolves.toBe('beta');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ channel: 'beta' });
  });

  it('falls back to stable when the file is damaged', async () => {
    const path = join(folder, 'update-preferences.json');
    await writeFile(path, '{"channel":"nightly"', 'utf8');
    await expect(createUpdatePreferencesStore(path).readChannel()).resolves.toBe('stable');
  });
});

describe('the app’s updater, with electron and electron-updater mocked', () => {
  async function startPackagedUpdater(platform: NodeJS.Platform, config: string): Promise<unknown> {
    vi.resetModules();
    // Through the mock, so this is the instance main's modules see after resetModules.
    const electron = asElectron<typeof FakeElectronModule>(await import('electron'));
    electron.app.isPackaged = true;
    electron.app.getPath.mockReturnValue(folder);
    await writeFile(join(folder, 'app-update.yml'), config, 'utf8');
    const original = { platform: process.platform, resourcesPath: process.resourcesPath };
    Object.defineProperty(process, 'platform', { value: platform });
    Object.defineProperty(process, 'resourcesPath', { value: folder, configurable: true });
    try {
      const { getUpdaterService } = await import('../../../src/main/services/updater-instance');
      const service = getUpdaterService();
      await service.start();
      service.stop();
      return service.getStatus();
    } finally {
      Object.defineProperty(process, 'platform', { value: original.platform });
      Object.defineProperty(process, 'resourcesPath', {
        value: original.resourcesPath,
        configurable: true,
      });
      electron.resetFakeElectron();
    }
  }

  it('drives electron-updater’s autoUpdater when the build is signed', async () => {
    const status = await startPackagedUpdater('win32', signedWindowsConfig);
    expect(status).toMatchObject({ availability: 'enabled', channel: 'stable' });
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.autoDownload).toBe(true);
  });

  it('stays off for an unsigned Windows build', async () => {
    const unsigned = signedWindowsConfig.replace(/publisherName:\n.*\n/, '');
    await expect(startPackagedUpdater('win32', unsigned)).resolves.toMatchObject({
      availability: 'unverifiable',
    });
  });
});
