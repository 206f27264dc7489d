import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { UpdaterEngine } from '../../../src/main/services/updater';
import type { UpdatePreferencesStore } from '../../../src/main/services/update-preferences';
import type { UpdateChannel } from '../../../src/shared/updates';
import { asElectron } from './fake-electron';

/**
 * A stand-in for electron-updater's autoUpdater: the settings the service writes, calls it
 * makes, and `emit` for the events electron-updater would send.
 */
export class FakeUpdaterEngine extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  autoRunAppAfterInstall = true;
  allowDowngrade = false;
  disableWebInstaller = false;
  logger: unknown = null;
  private currentChannel: string | null = null;
  readonly checkForUpdates = vi.fn(() => Promise.resolve(null));
  readonly quitAndInstall = vi.fn((_isSilent?: boolean, _isForceRunAfter?: boolean) => undefined);

  get channel(): string | null {
    return this.currentChannel;
  }

  /** Like electron-updater: setting a channel allows downgrades. */
  set channel(value: string | null) {
    this.currentChannel = value;
    this.allowDowngrade = true;
  }

  asEngine(): UpdaterEngine {
    return asElectron<UpdaterEngine>(this);
  }
}

/** The app's part the service uses: its version and its quit event. */
export function createFakeApp(version = '1.2.0'): {
  getVersion: () => string;
  on: ReturnType<typeof vi.fn>;
  quit: (preventDefault?: () => void) => void;
} {
  const listeners: ((event: { preventDefault: () => void }) => void)[] = [];
  return {
    getVersion: () => version,
    on: vi.fn((event: string, listener: (event: { preventDefault: () => void }) => void) => {
      if (event === 'before-quit') listeners.push(listener);
    }),
    quit: (preventDefault = () => undefined) => {
      for (const listener of listeners) listener({ preventDefault });
    },
  };
}

/** Preferences kept in memory. */
export function createMemoryPreferences(
  initial: UpdateChannel = 'stable',
): UpdatePreferencesStore & {
  saved: UpdateChannel[];
} {
  let channel = initial;
  const saved: UpdateChannel[] = [];
  return {
    saved,
    readChannel: () => Promise.resolve(channel),
    writeChannel: (next) => {
      channel = next;
      saved.push(next);
      return Promise.resolve();
    },
  };
}
