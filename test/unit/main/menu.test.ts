import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, installApplicationMenu } from '../../../src/main/menu';
import { FakeBrowserWindow, Menu, dialog, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const noop = (): void => undefined;

/** Every item of the menu, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function roles(template: MenuItemConstructorOptions[]): unknown[] {
  return flatten(template).map((item) => item.role);
}

function findByLabel(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions {
  const item = flatten(template).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item ${label}`);
  return item;
}

beforeEach(() => {
  resetFakeElectron();
  vi.clearAllMocks();
});

describe('buildMenuTemplate', () => {
  const options = {
    isMac: false,
    isDevelopment: false,
    onPrint: noop,
    onAbout: noop,
    onLock: noop,
  };

  it('has Print and Quit in File, the edit roles, and About', () => {
    const template = buildMenuTemplate(options);
    expect(findByLabel(template, 'Print…').accelerator).toBe('CmdOrCtrl+P');
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'editMenu']));
    expect(findByLabel(template, 'About MedInfo Desk').click).toBeTypeOf('function');
  });

  it('has Lock in File, on Ctrl/⌘+L, calling the lock', () => {
    const onLock = vi.fn();
    const lock = findByLabel(buildMenuTemplate({ ...options, onLock }), 'Lock');
    expect(lock.accelerator).toBe('CmdOrCtrl+L');
    (lock.click as () => void)();
    expect(onLock).toHaveBeenCalledOnce();
  });

  it('offers reload and devtools only in development', () => {
    expect(roles(buildMenuTemplate(options))).not.toContain('reload');
    expect(roles(buildMenuTemplate(options))).not.toContain('toggleDevTools');
    const development = roles(buildMenuTemplate({ ...options, isDevelopment: true }));
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows macOS conventions on macOS', () => {
    const template = buildMenuTemplate({ ...options, isMac: true });
    expect(template[0]?.role).toBe('appMenu');
  });
});

describe('installApplicationMenu', () => {
  function installedTemplate(): MenuItemConstructorOptions[] {
    installApplicationMenu(false, noop);
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0];
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template });
    return template as MenuItemConstructorOptions[];
  }

  it('About shows the version in a dialog', () => {
    const about = findByLabel(installedTemplate(), 'About MedInfo Desk');
    // The menu passes Electron's click arguments; the About handler does not use them.
    (about.click as () => void)();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'MedInfo Desk 1.2.3' }),
    );
  });

  it('Print prints the focused window', () => {
    const window = new FakeBrowserWindow({});
    const print = findByLabel(installedTemplate(), 'Print…');
    (print.click as () => void)();
    expect(window.webContents.print).toHaveBeenCalledOnce();
  });
});
