import type {
  AppInfo,
  DesktopApi,
  OpenExternalInput,
  OpenExternalResult,
  SaveFileInput,
  SaveFileResult,
  SetServerUrlInput,
  SetServerUrlResult,
} from '../../../shared/ipc/contract';
import { originOfServerUrl } from '../../../shared/security/csp';

const mimeTypes: Record<SaveFileInput['kind'], string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xml: 'application/xml',
  json: 'application/json',
  eml: 'message/rfc822',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Browser mode's implementation of the desktop bridge: the same functions as the preload, built
 * on what a browser offers (a download instead of a save dialog, window.print). It lets the real
 * renderer run in plain Chromium for the end-to-end tests and for demos.
 */
export function createWebBridge(): DesktopApi {
  return {
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
