import { BrowserWindow, powerMonitor } from 'electron';
import { ipcEvents } from '../shared/ipc/contract';
import type { SystemEvent } from '../shared/ipc/contract';
import { createLogger } from './logger';
import { isTrustedWebContents } from './window-registry';

const log = createLogger('system-events');

/**
 * Sends a system event to every app window. The payload is checked against the contract first,
 * like every IPC answer (decision 0002), and only windows this app created receive it.
 */
export function sendSystemEvent(event: SystemEvent): void {
  const payload = ipcEvents['system:event'].parse(event);
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed() && isTrustedWebContents(window.webContents)) {
      window.webContents.send('system:event', payload);
    }
  }
}

/**
 * Forwards the power events the app locks on (decision 0013): suspend (all platforms) and the
 * screen locking (Windows, macOS; Linux desktops report suspend only), plus resume and unlock
 * for the record. The renderer decides what to do; main only reports.
 */
export function installSystemEvents(): void {
  const forward = (kind: SystemEvent['kind']) => (): void => {
    log.info(`System event: ${kind}`);
    sendSystemEvent({ kind });
  };
  powerMonitor.on('suspend', forward('suspend'));
  powerMonitor.on('lock-screen', forward('lock-screen'));
  powerMonitor.on('resume', forward('resume'));
  powerMonitor.on('unlock-screen', forward('unlock-screen'));
}
