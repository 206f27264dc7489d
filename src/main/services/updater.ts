import type { App } from 'electron';
import type { AppUpdater, ProgressInfo, UpdateInfo } from 'electron-updater';
import { decideUpdateGate } from '../../shared/updates/gate';
import type { UpdateReadiness } from '../../shared/updates/gate';
import type {
  InstallUpdateResult,
  UpdateAvailability,
  UpdateChannel,
  UpdatePhase,
  UpdateReadinessReport,
  UpdateStatus,
} from '../../shared/updates/status';
import { createLogger } from '../logger';
import type { UpdatePreferencesStore } from './update-preferences';

const log = createLogger('updates');

/** The part of electron-updater's AppUpdater this service drives (a fake in the tests). */
export type UpdaterEngine = Pick<
  AppUpdater,
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'autoRunAppAfterInstall'
  | 'allowDowngrade'
  | 'disableWebInstaller'
  | 'channel'
  | 'logger'
  | 'checkForUpdates'
  | 'quitAndInstall'
  | 'on'
>;

export type UpdaterServiceOptions = {
  app: Pick<App, 'getVersion' | 'on'>;
  availability: UpdateAvailability;
  preferences: UpdatePreferencesStore;
  /** Loads electron-updater on first use: it is large and start-up does not need it. */
  loadEngine: () => Promise<UpdaterEngine>;
  now?: () => Date;
};

export type UpdaterService = {
  /** Loads the engine and starts checking (first check after a short delay, then periodically). */
  start: () => Promise<void>;
  getStatus: () => UpdateStatus;
  checkNow: () => Promise<UpdateStatus>;
  setChannel: (channel: UpdateChannel) => Promise<UpdateStatus>;
  reportReadiness: (report: UpdateReadinessReport) => UpdateStatus;
  installNow: () => InstallUpdateResult;
  /** Stops the periodic checks (tests; the app simply quits). */
  stop: () => void;
};

/** Long enough for the window to open and report its state first. */
export const FIRST_CHECK_DELAY_MS = 15_000;
/** Company laptops stay open for days: look again every four hours. */
export const CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;

type State = {
  channel: UpdateChannel;
  phase: UpdatePhase;
  availableVersion: string | null;
  downloadedVersion: string | null;
  downloadPercent: number | null;
  lastCheckedAt: string | null;
  errorMessage: string | null;
  readiness: UpdateReadiness | null;
  minimumAppVersion: string | null;
};

/** electron-updater's channel file names: `latest.yml` is stable, `beta.yml` beta. */
function engineChannel(channel: UpdateChannel): string {
  return channel === 'stable' ? 'latest' : 'beta';
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}

/**
 * The updater: downloads in the background from the company's update location, and installs
 * only when the window reports the gate open (src/shared/updates/gate.ts) — on quit, or at once
 * when the user asks. Never on its own in the middle of work: autoInstallOnAppQuit stays off and
 * this service decides at quit time instead.
 */
export function createUpdaterService(options: UpdaterServiceOptions): UpdaterService {
  const now = options.now ?? ((): Date => new Date());
  const isEnabled = options.availability === 'enabled';
  const state: State = {
    channel: 'stable',
    phase: 'idle',
    availableVersion: null,
    downloadedVersion: null,
    downloadPercent: null,
    lastCheckedAt: null,
    errorMessage: null,
    readiness: null,
    minimumAppVersion: null,
  };
  let engine: UpdaterEngine | null = null;
  let firstCheck: ReturnType<typeof setTimeout> | undefined;
  let periodicCheck: ReturnType<typeof setInterval> | undefined;

  const gate = (): UpdateStatus['gate'] =>
    decideUpdateGate({
      currentVersion: options.app.getVersion(),
      downloadedVersion: state.downloadedVersion,
      minimumAppVersion: state.minimumAppVersion,
      readiness: state.readiness,
    });

  const getStatus = (): UpdateStatus => ({
    availability: options.availability,
    currentVersion: options.app.getVersion(),
    channel: state.channel,
    phase: state.phase,
    availableVersion: state.availableVersion,
    downloadPercent: state.downloadPercent,
    lastCheckedAt: state.lastCheckedAt,
    errorMessage: state.errorMessage,
    gate: gate(),
  });

  const checkNow = async (): Promise<UpdateStatus> => {
    // A download in hand stays: checking again would only fetch the same file.
    if (engine === null || state.phase === 'downloaded' || state.phase === 'installing') {
      return getStatus();
    }
    try {
      await engine.checkForUpdates();
    } catch (error) {
      // electron-updater also emits 'error'; record it here too in case it did not.
      state.phase = 'failed';
      state.errorMessage = describeError(error);
    }
    return getStatus();
  };

  const install = (isRelaunching: boolean): boolean => {
    if (engine === null || state.phase !== 'downloaded' || !gate().canInstall) return false;
    state.phase = 'installing';
    engine.autoRunAppAfterInstall = isRelaunching;
    log.info(`Installing ${state.downloadedVersion ?? '?'} (relaunch: ${String(isRelaunching)})`);
    // Silent: the installer was already verified and the user chose (or quit) deliberately.
    engine.quitAndInstall(true, isRelaunching);
    return true;
  };

  const listen = (target: UpdaterEngine): void => {
    target.on('checking-for-update', () => {
      state.phase = 'checking';
    });
    target.on('update-available', (info: UpdateInfo) => {
      state.phase = 'downloading';
      state.availableVersion = info.version;
      state.downloadPercent = 0;
      state.lastCheckedAt = now().toISOString();
      state.errorMessage = null;
    });
    target.on('update-not-available', () => {
      state.phase = 'up-to-date';
      state.availableVersion = null;
      state.lastCheckedAt = now().toISOString();
      state.errorMessage = null;
    });
    target.on('download-progress', (progress: ProgressInfo) => {
      state.downloadPercent = Math.min(100, Math.max(0, progress.percent));
    });
    target.on('update-downloaded', (info: UpdateInfo) => {
      state.phase = 'downloaded';
      state.availableVersion = info.version;
      state.downloadedVersion = info.version;
      state.downloadPercent = null;
      log.info(`Update ${info.version} downloaded and verified; waiting for the gate`);
    });
    target.on('error', (error: Error) => {
      log.warn('Update check or download failed', error);
      state.errorMessage = describeError(error);
      if (state.phase !== 'downloaded' && state.phase !== 'installing') state.phase = 'failed';
    });
  };

  const configure = (target: UpdaterEngine): void => {
    target.logger = log;
    target.autoDownload = true;
    // This service installs on quit itself, and only when the gate is open.
    target.autoInstallOnAppQuit = false;
    // Only the full, signed installer: a web installer fetches its payload unverified.
    target.disableWebInstaller = true;
    target.channel = engineChannel(state.channel);
    // Setting the channel allows downgrades; a newer store schema cannot be opened by older code.
    target.allowDowngrade = false;
    listen(target);
  };

  const onBeforeQuit = (event: Electron.Event): void => {
    if (state.phase !== 'downloaded' || !gate().canInstall) return;
    // Hold the quit, hand over to the installer; it quits the app itself (no relaunch).
    event.preventDefault();
    install(false);
  };

  const start = async (): Promise<void> => {
    state.channel = await options.preferences.readChannel();
    if (!isEnabled) {
      log.info(`Updates are off: ${options.availability}`);
      return;
    }
    engine = await options.loadEngine();
    configure(engine);
    options.app.on('before-quit', onBeforeQuit);
    firstCheck = setTimeout(() => void checkNow(), FIRST_CHECK_DELAY_MS);
    periodicCheck = setInterval(() => void checkNow(), CHECK_INTERVAL_MS);
  };

  return {
    start,
    getStatus,
    checkNow,
    setChannel: async (channel) => {
      await options.preferences.writeChannel(channel);
      const hasChanged = channel !== state.channel;
      state.channel = channel;
      if (engine === null || !hasChanged) return getStatus();
      engine.channel = engineChannel(channel);
      engine.allowDowngrade = false;
      return checkNow();
    },
    reportReadiness: (report) => {
      state.readiness = {
        pendingMutations: report.pendingMutations,
        hasUnsavedInput: report.hasUnsavedInput,
      };
      // Keep the last requirement the server stated; offline, the window reports null.
      if (report.minimumAppVersion !== null) state.minimumAppVersion = report.minimumAppVersion;
      return getStatus();
    },
    installNow: () => {
      const decision = gate();
      return { isInstalling: install(true), reason: decision.reason };
    },
    stop: () => {
      clearTimeout(firstCheck);
      clearInterval(periodicCheck);
    },
  };
}
