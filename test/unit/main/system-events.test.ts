import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { installSystemEvents, sendSystemEvent } from '../../../src/main/system-events';
import { trustWebContents } from '../../../src/main/window-registry';
import { FakeBrowserWindow, asElectron, powerMonitor, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
  vi.clearAllMocks();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

function trustedWindow(): FakeBrowserWindow {
  const window = new FakeBrowserWindow({});
  trustWebContents(asElectron<WebContents>(window.webContents));
  return window;
}

describe('system events', () => {
  it('tell the app windows when the computer suspends or the screen locks', () => {
    const window = trustedWindow();
    installSystemEvents();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(window.webContents.send.mock.calls).toEqual([
      ['system:event', { kind: 'suspend' }],
      ['system:event', { kind: 'lock-screen' }],
    ]);
  });

  it('reach only windows this app created', () => {
    const stranger = new FakeBrowserWindow({});
    const own = trustedWindow();
    sendSystemEvent({ kind: 'lock-requested' });
    expect(stranger.webContents.send).not.toHaveBeenCalled();
    expect(own.webContents.send).toHaveBeenCalledWith('system:event', { kind: 'lock-requested' });
  });

  it('are checked against the contract before they are sent', () => {
    const window = trustedWindow();
    // as: a payload outside the contract, as a bug in main could produce
    expect(() => sendSystemEvent({ kind: 'reboot' } as unknown as { kind: 'suspend' })).toThrow();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
