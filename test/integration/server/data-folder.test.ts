import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { openDatabase } from '../../../src/server/database/open';
import { serverInfoSchema } from '../../../src/shared/sync';
import { TEST_SETTINGS } from './helpers/harness';

// The embedded default: PGlite in a folder, as `npx tsx src/server/index.ts` runs it.
describe('PGlite data folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'medinfo-server-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the server id and key across restarts, and admits one process at a time', async () => {
    const location = { databaseUrl: null, dataDir };
    const first = await openDatabase(location);
    await expect(openDatabase(location)).rejects.toThrow(/already open/u);
    const app = await buildApp({ database: first, settings: TEST_SETTINGS });
    const before = serverInfoSchema.parse((await app.inject({ url: '/api/v1/info' })).json());
    await app.close();
    await first.close();

    const reopened = await openDatabase(location);
    const again = await buildApp({ database: reopened, settings: TEST_SETTINGS });
    const after = serverInfoSchema.parse((await again.inject({ url: '/api/v1/info' })).json());
    expect(after.serverId).toBe(before.serverId);
    expect(after.sealingKey).toEqual(before.sealingKey);
    await again.close();
    await reopened.close();
  });
});
