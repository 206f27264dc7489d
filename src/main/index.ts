import { BrowserWindow, app, protocol, session } from 'electron';
import { APP_SCHEME } from '../shared/security/csp';
import { getDevRendererOrigin, getRendererRoot, isDevelopment } from './environment';
import { registerIpcHandlers } from './ipc/register';
import { createLogger } from './logger';
import { installApplicationMenu } from './menu';
import { installPermissionHandlers } from './permissions';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { startUpdater } from './services/updater-instance';
import { installSystemEvents, sendSystemEvent } from './system-events';
import { currentServerOrigin, loadServerOrigin } from './services/server-origin';
import { createMainWindow } from './window';

/*
 * The app's lifecycle and nothing else: each step lives in its own module. Order matters:
 * scheme privileges and the sandbox are fixed before `ready`; permission handlers and the
 * protocol exist before the first window can ask for anything.
 */

const log = createLogger('main');

let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function onReady(): void {
  const devOrigin = getDevRendererOrigin();
  installPermissionHandlers(session.defaultSession, devOrigin);
  loadServerOrigin();
  registerAppProtocol(getRendererRoot(), currentServerOrigin);
  registerIpcHandlers({ devOrigin });
  installSystemEvents();
  installApplicationMenu(isDevelopment(), () => sendSystemEvent({ kind: 'lock-requested' }));
  showMainWindow();
  // After the window: the updater's first check waits anyway, and start-up should not.
  startUpdater();
}

// Only before `ready` can a scheme become standard and secure, i.e. get a real origin and storage.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Every renderer sandboxed, whatever a future window forgets to set.
app.enableSandbox();

// Two instances would share one IndexedDB store and one outbox: the second hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  // No page may embed a <webview>, whatever its web preferences say.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until Cmd+Q.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log.error('Start-up failed', error);
      app.quit();
    });
}
