import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_APP_SETTINGS } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import type { Harness } from './helpers/harness';
import { startHarness } from './helpers/harness';

/** The sync server as the update location (MEDINFO_UPDATES_DIR). PGlite only: no SQL involved. */
describe('update files served by the sync server', () => {
  let harness: Harness;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'medinfo-updates-'));
    await writeFile(join(folder, 'latest.yml'), 'version: 1.3.0\n');
    await writeFile(join(folder, 'MedInfo-Desk-Setup-1.3.0.exe'), Buffer.alloc(4096, 7));
    await writeFile(join(folder, '.env'), 'SECRET=1');
    await writeFile(join(folder, 'notes.txt'), 'internal');
    harness = await startHarness('pglite', { updatesDir: folder, minimumAppVersion: '1.3.0' });
  });

  afterAll(async () => {
    await harness.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves the metadata fresh and the installer as immutable, without version headers', async () => {
    const metadata = await harness.app.inject({ url: '/api/v1/updates/latest.yml' });
    expect(metadata.statusCode).toBe(200);
    expect(metadata.body).toBe('version: 1.3.0\n');
    expect(metadata.headers['cache-control']).toBe('no-cache');

    const installer = await harness.app.inject({
      url: '/api/v1/updates/MedInfo-Desk-Setup-1.3.0.exe',
    });
    expect(installer.statusCode).toBe(200);
    expect(installer.rawPayload.length).toBe(4096);
    expect(installer.headers['cache-control']).toContain('immutable');
  });

  it('serves an app the server no longer syncs with: it needs the update most', async () => {
    const tooOld = await harness.app.inject({
      url: '/api/v1/updates/latest.yml',
      headers: { 'x-medinfo-app-version': '1.0.0' },
    });
    expect(tooOld.statusCode).toBe(200);
  });

  it.each(['.env', 'notes.txt', '..%2F..%2Fetc%2Fpasswd', 'missing-1.0.0.exe'])(
    'answers 404 for %s',
    async (file) => {
      const response = await harness.app.inject({ url: `/api/v1/updates/${file}` });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('SECRET');
    },
  );

  it('is configured by MEDINFO_UPDATES_DIR, and off without it', () => {
    expect(loadConfig({ MEDINFO_UPDATES_DIR: folder }).updatesDir).toBe(folder);
    expect(loadConfig({}).updatesDir).toBeNull();
    expect(DEFAULT_APP_SETTINGS.updatesDir).toBeNull();
  });
});
