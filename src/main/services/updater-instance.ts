import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { createLogger } from '../logger';
import { detectUpdateAvailability } from './update-availability';
import { createUpdatePreferencesStore } from './update-preferences';
import { createUpdaterService } from './updater';
import type { UpdaterEngine, UpdaterService } from './updater';

const log = createLogger('updates');

let service: UpdaterService | null = null;

/** resources/app-update.yml, written by electron-builder from the `publish` configuration. */
function readUpdateConfig(): string | null {
  // Typed as always present, but absent when main runs outside Electron (unit tests).
  const resourcesPath: string | undefined = process.resourcesPath;
  if (!app.isPackaged || resourcesPath === undefined) return null;
  try {
    return readFileSync(join(resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    return null;
  }
}

async function loadElectronUpdater(): Promise<UpdaterEngine> {
  // electron-updater is CommonJS: its exports arrive as the default export of the ES module.
  const electronUpdater = await import('electron-updater');
  return electronUpdater.default.autoUpdater;
}

/** The one updater of this app, built on first use from the real environment. */
export function getUpdaterService(): UpdaterService {
  service ??= createUpdaterService({
    app,
    availability: detectUpdateAvailability({
      isPackaged: app.isPackaged,
      platform: process.platform,
      env: process.env,
      updateConfigText: readUpdateConfig(),
    }),
    preferences: createUpdatePreferencesStore(
      join(app.getPath('userData'), 'update-preferences.json'),
    ),
    loadEngine: loadElectronUpdater,
  });
  return service;
}

/** Starts the updater; a failure is logged and leaves the app running without updates. */
export function startUpdater(): void {
  // Inside the promise chain, so that even a failure to build the service is only logged.
  Promise.resolve()
    .then(() => getUpdaterService().start())
    .catch((error: unknown) => log.error('The updater could not start', error));
}
