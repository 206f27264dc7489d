import { BrowserWindow, Menu, app, dialog } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { createLogger } from './logger';
import { printWebContents } from './services/print';

const log = createLogger('menu');

export type MenuOptions = {
  isMac: boolean;
  isDevelopment: boolean;
  onPrint: () => void;
  onAbout: () => void;
  onLock: () => void;
};

/** The application menu as data: small on purpose, the app's own UI does the rest. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: options.onPrint },
        { type: 'separator' },
        // Locks at once: keys and decrypted data leave memory (decision 0013).
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: options.onLock },
        { type: 'separator' },
        { role: options.isMac ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About MedInfo Desk', click: options.onAbout }],
    },
  ];
}

function printFocusedWindow(): void {
  const window = BrowserWindow.getFocusedWindow();
  if (window === null) return;
  printWebContents(window.webContents).catch((error: unknown) => log.error('Print failed', error));
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}`,
  };
  const window = BrowserWindow.getFocusedWindow();
  const shown =
    window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options);
  shown.catch((error: unknown) => log.error('Could not show the About box', error));
}

/** Installs the application menu; `onLock` runs when the person picks File › Lock. */
export function installApplicationMenu(isDevelopment: boolean, onLock: () => void): void {
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDevelopment,
    onPrint: printFocusedWindow,
    onAbout: showAbout,
    onLock,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
