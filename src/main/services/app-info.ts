import { app } from 'electron';
import type { AppInfo } from '../../shared/ipc/contract';

/** What the About box and support screens show about this installation. */
export function getAppInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    // Typed as always present, but absent when main runs outside Electron (unit tests).
    electronVersion: process.versions.electron ?? '',
    chromeVersion: process.versions.chrome ?? '',
    userDataPath: app.getPath('userData'),
  };
}
