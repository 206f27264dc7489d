import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveAppRequest } from '../../../src/main/protocol';
import {
  currentServerOrigin,
  loadServerOrigin,
  setServerUrl,
} from '../../../src/main/services/server-origin';
import { app, dialog } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'medinfo-origin-'));
  app.getPath.mockImplementation(() => folder);
  vi.stubEnv('MEDINFO_SERVER_URL', '');
  loadServerOrigin();
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
});

const connectSource = async (): Promise<string> => {
  const response = await serveAppRequest(folder, 'app://medinfo/missing.js', currentServerOrigin());
  return (
    /connect-src ([^;]*)/u.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? ''
  );
};

describe('the sync server main allows the renderer to reach', () => {
  it('takes a new server only after the person allows it, keeps it and sends it in connect-src', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    const result = await setServerUrl({ serverUrl: 'https://Sync.Example.com:8443/api' }, null);
    expect(result).toEqual({
      applied: true,
      serverOrigin: 'https://sync.example.com:8443',
      needsReload: true,
    });
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(await connectSource()).toBe("'self' https://sync.example.com:8443");
    expect(JSON.parse(await readFile(join(folder, 'sync-server.json'), 'utf8'))).toEqual({
      serverOrigin: 'https://sync.example.com:8443',
    });
    // The next start reads it before the first window loads.
    expect(loadServerOrigin()).toBe('https://sync.example.com:8443');
  });

  it('changes nothing when the person declines', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    const result = await setServerUrl({ serverUrl: 'https://attacker.example' }, null);
    expect(result).toMatchObject({ applied: false, needsReload: false });
    expect(await connectSource()).toBe("'self'");
  });

  it('refuses what is not an http(s) server, and removes a server without asking', async () => {
    await expect(setServerUrl({ serverUrl: 'javascript:alert(1)' }, null)).rejects.toThrow(
      /must look like https/u,
    );
    await writeFile(
      join(folder, 'sync-server.json'),
      JSON.stringify({ serverOrigin: 'https://a.example' }),
    );
    loadServerOrigin();
    dialog.showMessageBox.mockClear();
    expect(await setServerUrl({ serverUrl: null }, null)).toEqual({
      applied: true,
      serverOrigin: null,
      needsReload: true,
    });
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(await connectSource()).toBe("'self'");
  });

  it('falls back to MEDINFO_SERVER_URL while nothing is configured, and survives a damaged file', async () => {
    vi.stubEnv('MEDINFO_SERVER_URL', 'https://preset.example.com');
    expect(loadServerOrigin()).toBe('https://preset.example.com');
    await writeFile(join(folder, 'sync-server.json'), '{ not json');
    expect(loadServerOrigin()).toBe('https://preset.example.com');
  });
});
