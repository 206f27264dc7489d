import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, eventChannels } from '../../../src/preload/channels';
import { desktopApiChannels, desktopApiEvents } from '../../../src/shared/ipc/contract';
import { contextBridge, ipcRenderer } from '../main/fake-electron';

vi.mock('electron', () => import('../main/fake-electron'));

type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;

let exposed: { key: unknown; api: Bridge };

beforeAll(async () => {
  await import('../../../src/preload/index');
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  exposed = { key, api: api as Bridge };
});

describe('the preload bridge', () => {
  it('exposes one object, window.api, and nothing else', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(exposed.key).toBe('api');
  });

  it('holds exactly the named functions of DesktopApi', () => {
    const named = [...Object.keys(desktopApiChannels), ...Object.keys(desktopApiEvents)];
    expect(Object.keys(exposed.api).sort()).toEqual(named.sort());
    for (const value of Object.values(exposed.api)) expect(value).toBeTypeOf('function');
  });

  it('uses the contract’s channel names', () => {
    expect(channels).toEqual(desktopApiChannels);
    expect(eventChannels).toEqual(desktopApiEvents);
  });

  it('hands system events to the page without the IPC event, and stops on request', () => {
    const received: unknown[] = [];
    const subscribe = exposed.api.onSystemEvent as unknown as (
      listener: (event: unknown) => void,
    ) => () => void; // as: the bridge's subscription, typed loosely by this test's Bridge map
    const stop = subscribe((event) => received.push(event));
    const [channel, forward] = ipcRenderer.on.mock.calls.at(-1) ?? [];
    expect(channel).toBe('system:event');
    forward?.({ sender: 'the IPC event, never shown to the page' }, { kind: 'suspend' });
    expect(received).toEqual([{ kind: 'suspend' }]);
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('system:event', forward);
  });

  it.each([
    ['getAppInfo', []],
    ['print', []],
    ['saveFile', [{ suggestedName: 'a.pdf', kind: 'pdf', bytes: new Uint8Array([1]) }]],
    ['openExternal', [{ url: 'https://www.fda.gov/' }]],
    ['getUpdateStatus', []],
    ['checkForUpdates', []],
    ['setUpdateChannel', [{ channel: 'beta' }]],
    [
      'reportUpdateReadiness',
      [{ pendingMutations: 2, hasUnsavedInput: false, minimumAppVersion: null }],
    ],
    ['installUpdateNow', []],
    ['getSecureStorageStatus', []],
    ['protectSecret', [{ secret: 'device key' }]],
    ['unprotectSecret', [{ protectedSecret: 'AAAA' }]],
    ['setServerUrl', [{ serverUrl: 'https://sync.example.com' }]],
  ] as const)('%s invokes its own channel with its input', async (name, args) => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce('answer from main');
    const call = exposed.api[name];
    await expect(call?.(...args)).resolves.toBe('answer from main');
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(desktopApiChannels[name], ...args);
  });

  it('gives the page no way to reach ipcRenderer or an arbitrary channel', () => {
    expect(Object.values(exposed.api)).not.toContain(ipcRenderer.invoke);
    expect(exposed.api).not.toHaveProperty('invoke');
    expect(exposed.api).not.toHaveProperty('send');
    expect(exposed.api).not.toHaveProperty('on');
  });
});

describe('the preload source', () => {
  it('imports at run time only electron and its own files: zod stays out of the bundle', async () => {
    const folder = new URL('../../../src/preload/', import.meta.url);
    const sources = await Promise.all(
      ['index.ts', 'channels.ts'].map((file) =>
        readFile(fileURLToPath(new URL(file, folder)), 'utf8'),
      ),
    );
    const runtimeImports = sources
      .flatMap((source) => [...source.matchAll(/^import (?!type\b)[^;]*?from '([^']+)'/gmu)])
      .map((match) => match[1]);
    expect(runtimeImports.sort()).toEqual(['./channels', 'electron']);
  });
});
