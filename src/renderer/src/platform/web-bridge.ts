import type {
  AppInfo,
  DesktopApi,
  OpenExternalInput,
  OpenExternalResult,
  SaveFileInput,
  SaveFileResult,
  SecureStorageStatus,
  SetServerUrlInput,
  SetServerUrlResult,
  SystemEvent,
} from '../../../shared/ipc/contract';
import { originOfServerUrl } from '../../../shared/security/csp';
import { decideUpdateGate } from '../../../shared/updates/gate';
import type { InstallUpdateResult, UpdateStatus } from '../../../shared/updates/status';

const mimeTypes: Record<SaveFileInput['kind'], string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xml: 'application/xml',
  json: 'application/json',
  eml: 'message/rfc822',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A browser has no OS key store the page could use: fast unlock is a desktop feature. */
const noSecureStorage: SecureStorageStatus = {
  isAvailable: false,
  backend: null,
  reason: 'browser',
};

function refuseSecureStorage(): Promise<never> {
  return Promise.reject(new Error('secure-storage: refused, a browser has no OS key store'));
}

/**
 * A browser reports no power events. The closest is the Page Lifecycle's `freeze` (Chromium
 * freezes a hidden page to save power, as before a suspend): it counts as one. Idle time and
 * visibility are watched by the lock itself (features/identity).
 */
function onFreeze(listener: (event: SystemEvent) => void): () => void {
  const forward = (): void => listener({ kind: 'suspend' });
  document.addEventListener('freeze', forward);
  return () => document.removeEventListener('freeze', forward);
}

/**
 * Browser mode installs nothing: the page is whatever the web server delivers, and a reload
 * fetches the newest. The status says so, and the gate reports no download.
 */
function browserUpdateStatus(): UpdateStatus {
  const currentVersion = import.meta.env.VITE_APP_VERSION;
  return {
    availability: 'browser',
    currentVersion,
    channel: 'stable',
    phase: 'idle',
    availableVersion: null,
    downloadPercent: null,
    lastCheckedAt: null,
    errorMessage: null,
    gate: decideUpdateGate({
      currentVersion,
      downloadedVersion: null,
      minimumAppVersion: null,
      readiness: null,
    }),
  };
}

/**
 * Browser mode's implementation of the desktop bridge: the same functions as the preload, built
 * on what a browser offers (a download instead of a save dialog, window.print). It lets the real
 * renderer run in plain Chromium for the end-to-end tests and for demos.
 */
export function createWebBridge(): DesktopApi {
  return {
    getSecureStorageStatus: () => Promise.resolve(noSecureStorage),
    protectSecret: refuseSecureStorage,
    unprotectSecret: refuseSecureStorage,
    onSystemEvent: onFreeze,
    getAppInfo: (): Promise<AppInfo> =>
      Promise.resolve({
        name: 'MedInfo Desk',
        version: import.meta.env.VITE_APP_VERSION,
        platform: 'browser',
        electronVersion: '',
        chromeVersion: navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '',
        userDataPath: 'IndexedDB of this browser profile',
      }),
    saveFile: (input: SaveFileInput): Promise<SaveFileResult> => {
      const blob = new Blob([input.bytes.slice().buffer], { type: mimeTypes[input.kind] });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = input.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium starts the download asynchronously after the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ saved: true, fileName: input.suggestedName });
    },
    print: (): Promise<void> => {
      window.print();
      return Promise.resolve();
    },
    openExternal: (input: OpenExternalInput): Promise<OpenExternalResult> => {
      const url = new URL(input.url);
      if (url.protocol !== 'https:') return Promise.resolve({ opened: false });
      const opened = window.open(url.href, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ opened: opened !== null });
    },
    getUpdateStatus: (): Promise<UpdateStatus> => Promise.resolve(browserUpdateStatus()),
    checkForUpdates: (): Promise<UpdateStatus> => Promise.resolve(browserUpdateStatus()),
    setUpdateChannel: (): Promise<UpdateStatus> => Promise.resolve(browserUpdateStatus()),
    reportUpdateReadiness: (): Promise<UpdateStatus> => Promise.resolve(browserUpdateStatus()),
    installUpdateNow: (): Promise<InstallUpdateResult> =>
      Promise.resolve({ isInstalling: false, reason: 'nothing-downloaded' }),
    // The web server that serves browser mode sets connect-src when it starts
    // (scripts/web-server.ts): nothing to change here, and no reload helps.
    setServerUrl: (input: SetServerUrlInput): Promise<SetServerUrlResult> =>
      Promise.resolve({
        applied: true,
        serverOrigin: input.serverUrl === null ? null : originOfServerUrl(input.serverUrl),
        needsReload: false,
      }),
  };
}
