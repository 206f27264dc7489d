import { BrowserWindow } from 'electron';
import type { WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN } from '../shared/security/csp';
import { getDevRendererOrigin, getPreloadPath, isDevelopment } from './environment';
import { createLogger } from './logger';
import { decideNavigation, decideWindowOpen } from './security';
import { openExternalUrl } from './services/open-external';
import { trustWebContents } from './window-registry';

const log = createLogger('window');

/** The page the window opens. The origin is frozen: see docs/decisions/0001. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The web preferences of every window. The renderer gets no Node, runs in Chromium's sandbox,
 * and sees the preload's bridge only through an isolated world.
 */
export function buildWebPreferences(): WebPreferences {
  return {
    preload: getPreloadPath(),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Medical text is mostly drug names: red squiggles everywhere, and on Linux the dictionaries
    // would be downloaded from a Google CDN.
    spellcheck: false,
    devTools: isDevelopment(),
  };
}

function openExternallyAndLog(url: string): void {
  openExternalUrl(url).catch((error: unknown) => log.error('Could not open a link', error));
}

/**
 * Keeps `contents` on the app: navigation to any other origin is cancelled, new windows are
 * never created, and allowlisted https links open in the user's browser instead.
 */
export function attachNavigationGuards(contents: WebContents, devOrigin?: string): void {
  const guard = (event: { preventDefault: () => void; url: string }): void => {
    const decision = decideNavigation(event.url, devOrigin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternallyAndLog(event.url);
    else log.warn('Blocked navigation away from the app');
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-externally') openExternallyAndLog(url);
    return { action: 'deny' };
  });
}

/** The URL the window loads: app://medinfo, or electron-vite's dev server in development. */
export function getStartUrl(devOrigin: string | undefined): string {
  return devOrigin === undefined ? APP_ENTRY_URL : `${devOrigin}/index.html`;
}

/** Creates the main window, trusted for IPC, guarded, and loading the app. */
export function createMainWindow(): BrowserWindow {
  const devOrigin = getDevRendererOrigin();
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Shown once painted, so the user never sees a white flash.
    show: false,
    title: 'MedInfo Desk',
    webPreferences: buildWebPreferences(),
  });
  trustWebContents(window.webContents);
  attachNavigationGuards(window.webContents, devOrigin);
  window.once('ready-to-show', () => window.show());
  window.loadURL(getStartUrl(devOrigin)).catch((error: unknown) => {
    log.error('Could not load the app', error);
  });
  return window;
}
