import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  createUpdaterService,
} from '../../../src/main/services/updater';
import type { UpdaterService } from '../../../src/main/services/updater';
import type { UpdateAvailability } from '../../../src/shared/updates';
import { asElectron } from './fake-electron';
import { FakeUpdaterEngine, createFakeApp, createMemoryPreferences } from './fake-updater';

vi.mock('electron', () => import('./fake-electron'));

type Setup = {
  service: UpdaterService;
  engine: FakeUpdaterEngine;
  app: ReturnType<typeof createFakeApp>;
  preferences: ReturnType<typeof createMemoryPreferences>;
};

let running: UpdaterService[] = [];

async function startService(
  availability: UpdateAvailability = 'enabled',
  preferences = createMemoryPreferences(),
): Promise<Setup> {
  const engine = new FakeUpdaterEngine();
  const app = createFakeApp('1.2.0');
  const service = createUpdaterService({
    app: asElectron<Parameters<typeof createUpdaterService>[0]['app']>(app),
    availability,
    preferences,
    loadEngine: () => Promise.resolve(engine.asEngine()),
    now: () => new Date('2026-03-14T09:30:00.000Z'),
  });
  await service.start();
  running.push(service);
  return { service, engine, app, preferences };
}

/** The updater found and downloaded 1.3.0. */
function downloadUpdate(engine: FakeUpdaterEngine, version = '1.3.0'): void {
  engine.emit('update-available', { version });
  engine.emit('update-downloaded', { version });
}

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const service of running) service.stop();
  running = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the updater service', () => {
  it('configures electron-updater to download by itself but never install on its own', async () => {
    const { engine } = await startService();
    expect(engine.autoDownload).toBe(true);
    expect(engine.autoInstallOnAppQuit).toBe(false);
    expect(engine.disableWebInstaller).toBe(true);
    expect(engine.channel).toBe('latest');
    // The channel setter allows downgrades; the service switches that off again.
    expect(engine.allowDowngrade).toBe(false);
  });

  it('follows the saved channel: beta reads beta.yml', async () => {
    const { engine, service } = await startService('enabled', createMemoryPreferences('beta'));
    expect(engine.channel).toBe('beta');
    expect(service.getStatus().channel).toBe('beta');
  });

  it('never loads electron-updater when updates are off, and says why', async () => {
    const loadEngine = vi.fn();
    const service = createUpdaterService({
      app: asElectron<Parameters<typeof createUpdaterService>[0]['app']>(createFakeApp()),
      availability: 'disabled-by-policy',
      preferences: createMemoryPreferences(),
      loadEngine,
    });
    await service.start();
    expect(loadEngine).not.toHaveBeenCalled();
    expect(service.getStatus()).toMatchObject({
      availability: 'disabled-by-policy',
      phase: 'idle',
      currentVersion: '1.2.0',
    });
    await expect(service.checkNow()).resolves.toMatchObject({ phase: 'idle' });
  });

  it('looks for updates shortly after start, then every four hours', async () => {
    vi.useFakeTimers();
    const { engine } = await startService();
    expect(engine.checkForUpdates).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
    expect(engine.checkForUpdates).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS);
    expect(engine.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it('reports checking, downloading with progress, and the downloaded version', async () => {
    const { engine, service } = await startService();
    engine.emit('checking-for-update');
    expect(service.getStatus().phase).toBe('checking');
    engine.emit('update-available', { version: '1.3.0' });
    engine.emit('download-progress', { percent: 42.5 });
    expect(service.getStatus()).toMatchObject({
      phase: 'downloading',
      availableVersion: '1.3.0',
      downloadPercent: 42.5,
      lastCheckedAt: '2026-03-14T09:30:00.000Z',
    });
    engine.emit('update-downloaded', { version: '1.3.0' });
    expect(service.getStatus()).toMatchObject({ phase: 'downloaded', downloadPercent: null });
  });

  it('says when it is up to date, and records a failure in the updater’s words', async () => {
    const { engine, service } = await startService();
    engine.emit('update-not-available', { version: '1.2.0' });
    expect(service.getStatus().phase).toBe('up-to-date');
    engine.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
    expect(service.getStatus()).toMatchObject({
      phase: 'failed',
      errorMessage: 'net::ERR_NAME_NOT_RESOLVED',
    });
  });

  it('keeps a downloaded update when a later check fails', async () => {
    const { engine, service } = await startService();
    downloadUpdate(engine);
    engine.emit('error', new Error('offline'));
    expect(service.getStatus().phase).toBe('downloaded');
  });

  it('records a check that rejects', async () => {
    const { engine, service } = await startService();
    engine.checkForUpdates.mockRejectedValueOnce(new Error('HttpError: 404'));
    await expect(service.checkNow()).resolves.toMatchObject({
      phase: 'failed',
      errorMessage: 'HttpError: 404',
    });
  });
});

describe('installing only when the window allows it', () => {
  it('waits until the window has reported, and refuses to install before', async () => {
    const { engine, service } = await startService();
    downloadUpdate(engine);
    expect(service.getStatus().gate).toMatchObject({
      canInstall: false,
      reason: 'waiting-for-app',
    });
    expect(service.installNow()).toEqual({ isInstalling: false, reason: 'waiting-for-app' });
    expect(engine.quitAndInstall).not.toHaveBeenCalled();
  });

  it('refuses while changes wait in the outbox, and installs once they are synced', async () => {
    const { engine, service } = await startService();
    downloadUpdate(engine);
    const waiting = service.reportReadiness({
      pendingMutations: 3,
      hasUnsavedInput: false,
      minimumAppVersion: null,
    });
    expect(waiting.gate).toMatchObject({ reason: 'unsynced-changes', pendingMutations: 3 });
    expect(service.installNow().isInstalling).toBe(false);
    expect(engine.quitAndInstall).not.toHaveBeenCalled();

    service.reportReadiness({
      pendingMutations: 0,
      hasUnsavedInput: false,
      minimumAppVersion: null,
    });
    expect(service.installNow()).toEqual({ isInstalling: true, reason: 'ready' });
    // Silent, and the app comes back in the new version.
    expect(engine.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
    expect(service.getStatus().phase).toBe('installing');
  });

  it('refuses while a form holds unsaved input', async () => {
    const { engine, service } = await startService();
    downloadUpdate(engine);
    service.reportReadiness({
      pendingMutations: 0,
      hasUnsavedInput: true,
      minimumAppVersion: null,
    });
    expect(service.installNow()).toEqual({ isInstalling: false, reason: 'unsaved-input' });
    expect(engine.quitAndInstall).not.toHaveBeenCalled();
  });

  it('installs on quit when the gate is open, without relaunching', async () => {
    const { engine, service, app } = await startService();
    downloadUpdate(engine);
    service.reportReadiness({
      pendingMutations: 0,
      hasUnsavedInput: false,
      minimumAppVersion: null,
    });
    const preventDefault = vi.fn();
    app.quit(preventDefault);
    expect(preventDefault).toHaveBeenCalledOnce();
    expect(engine.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, false);
    expect(engine.autoRunAppAfterInstall).toBe(false);
    // The installer quits the app in turn: that quit must go through.
    const secondQuit = vi.fn();
    app.quit(secondQuit);
    expect(secondQuit).not.toHaveBeenCalled();
    expect(engine.quitAndInstall).toHaveBeenCalledOnce();
  });

  it('lets the app quit without installing while changes are unsynced', async () => {
    const { engine, service, app } = await startService();
    downloadUpdate(engine);
    service.reportReadiness({
      pendingMutations: 1,
      hasUnsavedInput: false,
      minimumAppVersion: null,
    });
    const preventDefault = vi.fn();
    app.quit(preventDefault);
    expect(preventDefault).not.toHaveBeenCalled();
    expect(engine.quitAndInstall).not.toHaveBeenCalled();
  });

  it('installs a version the server requires although changes are queued', async () => {
    const { engine, service } = await startService();
    downloadUpdate(engine);
    const status = service.reportReadiness({
      pendingMutations: 4,
      hasUnsavedInput: false,
      minimumAppVersion: '1.3.0',
    });
    expect(status.gate).toMatchObject({
      canInstall: true,
      reason: 'ready-sync-refused',
      requiredVersion: '1.3.0',
    });
    expect(service.installNow().isInstalling).toBe(true);
  });

  it('keeps the server’s last requirement while the window is offline', async () => {
    const { service } = await startService();
    service.reportReadiness({
      pendingMutations: 0,
      hasUnsavedInput: false,
      minimumAppVersion: '2.0.0',
    });
    const offline = service.reportReadiness({
      pendingMutations: 0,
      hasUnsavedInput: false,
      minimumAppVersion: null,
    });
    expect(offline.gate).toMatchObject({
      reason: 'required-not-downloaded',
      requiredVersion: '2.0.0',
    });
  });
});

describe('the channel setting', () => {
  it('saves the channel, switches electron-updater to it and looks again at once', async () => {
    const { engine, service, preferences } = await startService();
    const status = await service.setChannel('beta');
    expect(preferences.saved).toEqual(['beta']);
    expect(engine.channel).toBe('beta');
    expect(engine.allowDowngrade).toBe(false);
    expect(engine.checkForUpdates).toHaveBeenCalledOnce();
    expect(status.channel).toBe('beta');
  });

  it('is saved even while updates are off, for when IT turns them on', async () => {
    const preferences = createMemoryPreferences();
    const { service } = await startService('development', preferences);
    await expect(service.setChannel('beta')).resolves.toMatchObject({ channel: 'beta' });
    expect(preferences.saved).toEqual(['beta']);
  });
});
